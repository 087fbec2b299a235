//! Content negotiation of error bodies (RFC 9110 §12), feature `negotiate`: one error, in the
//! representation each client asks for.
//!
//! [`NegotiateLayer`] (tower: axum, hyper through `hyper-util`, any tower stack),
//! `ActixNegotiate` (actix-web, with its feature too) and `PoemNegotiate` (poem, with its
//! feature too) look at every response a derived error was converted into while the request went
//! through them, and send its body as `text/plain; charset=utf-8`, `application/problem+json`
//! or `application/json` (the problem object under the plain JSON type), whichever the request's
//! `Accept` weighs highest (§12.5.1: q-values, `type/*` and `*/*`, the most specific range
//! first, `q=0` for "not acceptable").
//!
//! - Without `Accept`, with a malformed one, or when nothing offered is acceptable, the error
//!   keeps its own format: an error is never turned into a 406 (§15.5.7). A tie keeps the own
//!   format when it is among the best, else prefers problem details, then JSON, then text.
//! - Every response negotiated carries `Vary: Accept` (§12.5.5); every other header stays,
//!   `Content-Type` and `Content-Length` are rewritten to the new body.
//! - A 5xx is rendered from its [`Problem`](crate::Problem), which holds no detail unless the
//!   variant opted in with `expose`: it stays opaque in every format.
//! - Any other response passes untouched: success, errors not converted from a derived type (or
//!   built with the borrowing `to_response`), and a derived error's response an inner layer has
//!   since encoded (`Content-Encoding`), tagged (`ETag`, digests), or given another status or
//!   `Content-Type`.
//!
//! How the layer finds the errors: it marks the thread while it polls the service inside it,
//! and each consuming conversion of a derived type (`From<E> for http::Response<B>`, axum's
//! `IntoResponse`, actix-web's and poem's `From<E>`) checks the mark. Only when it is set does
//! the response also carry the error's [`Problem`](crate::Problem), in its extensions. Without
//! the layer the check is one thread-local read (about 4 instructions against some 1,500 for
//! the conversion; see the README's Performance section); without the feature there is no
//! check at all. The borrowing `to_response` never checks.
//!
//! ```ignore
//! use http::{Request, Response};
//! use status_core::{HttpStatusError, NegotiateLayer};
//! use std::convert::Infallible;
//! use tower::{service_fn, Layer, ServiceExt};
//!
//! #[derive(Debug, HttpStatusError)]
//! enum ApiError {
//!     #[status(405, allow = "GET, HEAD", message = "this resource is read-only")]
//!     ReadOnly,
//! }
//!
//! // The same service with and without the layer: a handler converting its error.
//! let handler = || service_fn(|_: Request<()>| async {
//!     Ok::<_, Infallible>(Response::<String>::from(ApiError::ReadOnly))
//! });
//! let request = || {
//!     Request::get("/")
//!         .header("accept", "application/json;q=0.5, application/problem+json")
//!         .body(())
//! };
//! let runtime = tokio::runtime::Builder::new_current_thread().build()?;
//!
//! let response = runtime.block_on(NegotiateLayer::new().layer(handler()).oneshot(request()?))?;
//! assert_eq!(response.status(), 405);
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//! assert_eq!(response.headers()["allow"], "GET, HEAD");
//! assert_eq!(response.headers()["vary"], "Accept");
//! assert_eq!(
//!     response.body(),
//!     r#"{"title":"Method Not Allowed","status":405,"detail":"this resource is read-only"}"#,
//! );
//!
//! let response = runtime.block_on(handler().oneshot(request()?))?;
//! assert_eq!(response.headers()["content-type"], "text/plain; charset=utf-8");
//! assert_eq!(response.body(), "this resource is read-only");
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

#[cfg(feature = "negotiate")]
mod accept;
#[cfg(all(feature = "negotiate", feature = "actix-web"))]
mod actix;
#[cfg(all(feature = "negotiate", feature = "poem"))]
mod poem;
#[cfg(feature = "negotiate")]
mod tower;

#[cfg(all(feature = "negotiate", feature = "actix-web"))]
pub use self::actix::{ActixNegotiate, ActixNegotiateFuture, ActixNegotiateService};
#[cfg(all(feature = "negotiate", feature = "poem"))]
pub use self::poem::{PoemNegotiate, PoemNegotiateEndpoint};
#[cfg(feature = "negotiate")]
pub use self::tower::{Negotiate, NegotiateFuture, NegotiateLayer};

use crate::HttpStatusError;
use http::Response;

/// The response of each consuming conversion of a derived type (`From<E> for
/// http::Response<B>`, axum's `IntoResponse`, actix-web's and poem's `From<E>`): inside a
/// negotiating layer, it also carries what the layer needs. Outside one this is `to_response`
/// after one thread-local read, and the response is built straight where the caller wants it.
#[doc(hidden)]
#[inline]
pub fn respond<E, B>(error: &E) -> Response<B>
where
    E: HttpStatusError,
    B: crate::ResponseBody,
{
    #[cfg(feature = "negotiate")]
    if scope::active() {
        return offer(error);
    }
    error.to_response()
}

/// Takes the representation out of a response's extensions, for a framework whose error type
/// carries data of its own (poem). Without the feature there is never one.
#[cfg(all(feature = "negotiate", feature = "poem"))]
pub(crate) fn take(extensions: &mut http::Extensions) -> Option<Representation> {
    extensions.remove()
}

#[cfg(all(not(feature = "negotiate"), feature = "poem"))]
pub(crate) fn take(_: &mut http::Extensions) -> Option<std::convert::Infallible> {
    None
}

#[cfg(feature = "negotiate")]
pub(crate) use self::negotiation::*;

#[cfg(feature = "negotiate")]
mod negotiation {
    use super::accept::choose;
    use crate::{HttpStatusError, Problem};
    use http::header::{CONTENT_LENGTH, CONTENT_TYPE, VARY};
    use http::{HeaderMap, HeaderValue, Response, StatusCode};

    /// What a negotiating layer needs of an error: its representation, and the `Content-Type`
    /// its own format gave the response.
    #[derive(Clone, Debug)]
    pub(crate) struct Representation {
        pub(crate) problem: Problem,
        pub(crate) content_type: HeaderValue,
    }

    /// Kept out of line: only responses made inside a layer take this path.
    #[cold]
    #[inline(never)]
    pub(super) fn offer<E: HttpStatusError, B: crate::ResponseBody>(error: &E) -> Response<B> {
        let mut response = error.to_response();
        if let Some(content_type) = response.headers().get(CONTENT_TYPE).cloned() {
            response.extensions_mut().insert(Representation {
                problem: error.problem(),
                content_type,
            });
        }
        response
    }

    /// Fields that tie a response to the exact bytes of its body: re-rendering would make
    /// them lie.
    pub(crate) const PINNED: [&str; 5] = [
        "content-encoding",
        "etag",
        "content-digest",
        "repr-digest",
        "digest",
    ];

    /// What to do with a response that carries a representation.
    pub(crate) enum Outcome {
        /// Something changed it since the conversion: leave it as it is.
        Untouched,
        /// The own format stays: only `Vary: Accept` is added.
        Own,
        /// Another representation: its `Content-Type` and body, and `Vary: Accept`.
        Render {
            content_type: &'static str,
            body: String,
        },
    }

    /// The outcome for a response with `status` and the given `Content-Type` lines.
    pub(crate) fn outcome<'a, 'b>(
        representation: &Representation,
        status: u16,
        mut content_types: impl Iterator<Item = &'b [u8]>,
        pinned: bool,
        accept: &(impl Iterator<Item = &'a [u8]> + Clone),
    ) -> Outcome {
        let own = representation.content_type.as_bytes();
        let unchanged = representation.problem.status.as_u16() == status
            && content_types.next() == Some(own)
            && content_types.next().is_none()
            && !pinned;
        if !unchanged {
            return Outcome::Untouched;
        }
        let choice = choose(accept, own);
        match (
            choice.content_type(),
            choice.render(&representation.problem),
        ) {
            (Some(content_type), Some(body)) => Outcome::Render { content_type, body },
            _ => Outcome::Own,
        }
    }

    /// Whether the `Vary` lines already name `Accept` (or `*`, which covers it).
    pub(crate) fn varies_on_accept<'a>(lines: impl Iterator<Item = &'a [u8]>) -> bool {
        lines
            .flat_map(|line| line.split(|&b| b == b','))
            .map(trim_ows)
            .any(|name| name == b"*" || name.eq_ignore_ascii_case(b"accept"))
    }

    fn trim_ows(mut s: &[u8]) -> &[u8] {
        while let [b' ' | b'\t', rest @ ..] = s {
            s = rest;
        }
        while let [rest @ .., b' ' | b'\t'] = s {
            s = rest;
        }
        s
    }

    /// The `Accept` lines of a request, kept until its response is ready. One line, the usual
    /// case, is kept without allocating.
    #[derive(Clone, Debug, Default)]
    pub(crate) enum AcceptLines {
        #[default]
        Absent,
        One(HeaderValue),
        Many(Vec<HeaderValue>),
    }

    impl AcceptLines {
        pub(crate) fn of(headers: &HeaderMap) -> Self {
            let mut lines = headers.get_all(http::header::ACCEPT).iter();
            match (lines.next(), lines.next()) {
                (None, _) => AcceptLines::Absent,
                (Some(one), None) => AcceptLines::One(one.clone()),
                (Some(_), Some(_)) => AcceptLines::Many(
                    headers
                        .get_all(http::header::ACCEPT)
                        .iter()
                        .cloned()
                        .collect(),
                ),
            }
        }

        pub(crate) fn iter(&self) -> impl Iterator<Item = &[u8]> + Clone {
            match self {
                AcceptLines::Absent => [].iter(),
                AcceptLines::One(line) => std::slice::from_ref(line).iter(),
                AcceptLines::Many(lines) => lines.iter(),
            }
            .map(HeaderValue::as_bytes)
        }
    }

    /// Negotiates an `http` 1 response in place, given the request's `Accept`; returns the new
    /// body when there is one, for the caller to put in its body type.
    pub(crate) fn negotiate_head(
        status: StatusCode,
        headers: &mut HeaderMap,
        representation: &Representation,
        accept: &AcceptLines,
    ) -> Option<String> {
        let pinned = PINNED.iter().any(|name| headers.contains_key(*name));
        let outcome = outcome(
            representation,
            status.as_u16(),
            headers
                .get_all(CONTENT_TYPE)
                .iter()
                .map(HeaderValue::as_bytes),
            pinned,
            &accept.iter(),
        );
        let body = match outcome {
            Outcome::Untouched => return None,
            Outcome::Own => None,
            Outcome::Render { content_type, body } => {
                headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
                // Set by an inner layer (axum's router does): it must count the new body.
                if headers.contains_key(CONTENT_LENGTH) {
                    headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
                }
                Some(body)
            }
        };
        if !varies_on_accept(headers.get_all(VARY).iter().map(HeaderValue::as_bytes)) {
            headers.append(VARY, HeaderValue::from_static("Accept"));
        }
        body
    }

    /// Negotiates an `http` 1 response that may carry a representation.
    pub(crate) fn negotiate<B: From<String>>(
        mut response: Response<B>,
        accept: &AcceptLines,
    ) -> Response<B> {
        let Some(representation) = response.extensions_mut().remove::<Representation>() else {
            return response;
        };
        let status = response.status();
        if let Some(body) = negotiate_head(status, response.headers_mut(), &representation, accept)
        {
            *response.body_mut() = B::from(body);
        }
        response
    }
}

/// The mark a negotiating layer sets on its thread while it polls the service inside it.
#[cfg(feature = "negotiate")]
pub(crate) mod scope {
    use std::cell::Cell;

    thread_local! {
        static INSIDE: Cell<bool> = const { Cell::new(false) };
    }

    /// Whether a negotiating layer is polling on this thread. Never panics, even while the
    /// thread's locals are being torn down.
    #[inline]
    pub(crate) fn active() -> bool {
        INSIDE.try_with(Cell::get).unwrap_or(false)
    }

    /// Sets the mark until dropped, then restores what was there (layers nest).
    pub(crate) struct Scope {
        outer: bool,
    }

    impl Scope {
        pub(crate) fn enter() -> Self {
            let outer = INSIDE
                .try_with(|inside| inside.replace(true))
                .unwrap_or(false);
            Scope { outer }
        }
    }

    impl Drop for Scope {
        fn drop(&mut self) {
            let _ = INSIDE.try_with(|inside| inside.set(self.outer));
        }
    }
}
