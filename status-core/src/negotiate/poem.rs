//! The poem middleware. A handler's error is converted into `poem::Error` inside the endpoint's
//! future, which this middleware polls; the conversion sees the mark and keeps the
//! representation as the error's data, where the middleware finds it.

use super::scope::Scope;
use super::{negotiate_head, AcceptLines, Representation};
use poem::{Endpoint, Error, IntoResponse, Middleware, Request, Response, Result};
use std::future::{poll_fn, Future};
use std::pin::pin;

/// poem middleware that sends each derived error in the representation the request's `Accept`
/// asks for, as [`NegotiateLayer`](crate::NegotiateLayer) does for tower: `EndpointExt::with`
/// it. See the [module documentation](crate::negotiate) for what it changes and what it leaves
/// alone.
///
/// A derived error stays an `Err` for the middleware outside this one, with the negotiated
/// response.
///
/// ```ignore
/// use poem::http::{header, Method};
/// use poem::{handler, Endpoint, EndpointExt, Request, Route};
/// use status_core::negotiate::PoemNegotiate;
/// use status_core::HttpStatusError;
///
/// #[derive(Debug, HttpStatusError)]
/// enum ApiError {
///     #[status(401, www_authenticate = r#"Bearer realm="api""#, message = "sign in")]
///     Unauthenticated,
/// }
///
/// #[handler]
/// fn me() -> Result<String, ApiError> {
///     Err(ApiError::Unauthenticated)
/// }
///
/// let app = Route::new().at("/me", me).with(PoemNegotiate::new());
/// let request = Request::builder()
///     .method(Method::GET)
///     .uri_str("/me")
///     .header(header::ACCEPT, "application/json")
///     .finish();
/// let runtime = tokio::runtime::Builder::new_current_thread().build()?;
/// let response = runtime.block_on(app.get_response(request));
///
/// assert_eq!(response.status(), 401);
/// assert_eq!(response.headers()["content-type"], "application/json");
/// assert_eq!(response.headers()["www-authenticate"], r#"Bearer realm="api""#);
/// assert_eq!(response.headers()["vary"], "Accept");
/// let body = runtime.block_on(response.into_body().into_string())?;
/// assert_eq!(body, r#"{"title":"Unauthorized","status":401,"detail":"sign in"}"#);
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct PoemNegotiate {
    _private: (),
}

impl PoemNegotiate {
    /// The middleware.
    #[must_use]
    pub const fn new() -> Self {
        PoemNegotiate { _private: () }
    }
}

impl<E: Endpoint> Middleware<E> for PoemNegotiate {
    type Output = PoemNegotiateEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        PoemNegotiateEndpoint { inner }
    }
}

/// The endpoint [`PoemNegotiate`] wraps around another.
#[derive(Debug)]
pub struct PoemNegotiateEndpoint<E> {
    inner: E,
}

impl<E: Endpoint> Endpoint for PoemNegotiateEndpoint<E> {
    type Output = Response;

    fn call(&self, request: Request) -> impl Future<Output = Result<Response>> + Send {
        let accept = AcceptLines::of(request.headers());
        let future = {
            let _scope = Scope::enter();
            self.inner.call(request)
        };
        async move {
            let mut future = pin!(future);
            // The mark is set only while the endpoint's future runs, never across an await.
            let output = poll_fn(|cx| {
                let _scope = Scope::enter();
                future.as_mut().poll(cx)
            })
            .await;
            match output {
                Ok(output) => {
                    let mut response = output.into_response();
                    if let Some(representation) = response.extensions_mut().remove() {
                        negotiate(&mut response, &representation, &accept);
                    }
                    Ok(response)
                }
                Err(error) if error.data::<Representation>().is_some() => {
                    // poem_error made this error from a response and gave it no other data.
                    let mut response = error.into_response();
                    if let Some(representation) = response.extensions_mut().remove() {
                        negotiate(&mut response, &representation, &accept);
                    }
                    Err(Error::from_response(response))
                }
                Err(error) => Err(error),
            }
        }
    }
}

fn negotiate(response: &mut Response, representation: &Representation, accept: &AcceptLines) {
    let status = response.status();
    if let Some(body) = negotiate_head(status, response.headers_mut(), representation, accept) {
        response.set_body(body);
    }
}
