//! poem 3 speaks `http` 1, like status-core: the parts move over as they are, and a static body
//! is poem's `Body` holding the `&'static str` without a copy.
//!
//! A type without generic parameters that is `Send` and `Sync` is held by the `poem::Error` as
//! it is, and its response built when poem sends it, as a hand-written `ResponseError` is:
//! nothing is built for an error that a handler or middleware turns into something else. Any
//! other type has its response built at once: poem holds only what is `Send + Sync + 'static`,
//! and the derive asks nothing of the type. Which path a type takes is decided where its
//! `From` impl is written ([`Pick`]).

use super::held::Held;
use crate::__private::Text;
use crate::HttpStatusError;
use poem::error::ResponseError;
use poem::http::StatusCode;
use poem::{Body, Error, Response, ResponseParts};

/// Builds the response of `error` and wraps it as a `poem::Error`.
pub fn poem_error<E: HttpStatusError>(error: &E) -> Error {
    let (mut parts, body) = crate::negotiate::respond::<_, Body>(error).into_parts();
    // poem's error gives the response it makes its own data, not the response's extensions.
    let representation = crate::negotiate::take(&mut parts.extensions);
    let mut error = Error::from_response(poem_response(parts, body));
    if let Some(representation) = representation {
        error.set_data(representation);
    }
    error
}

/// The response in poem's type, from `http` 1's parts, which poem 3 uses too.
fn poem_response(parts: http::response::Parts, body: Body) -> Response {
    let parts = ResponseParts {
        status: parts.status,
        version: parts.version,
        headers: parts.headers,
        extensions: parts.extensions,
    };
    Response::from_parts(parts, body)
}

/// The error to convert, in a `From` impl whose type has no generic parameters: the method
/// `poem_error` on it holds the error where it is `Send + Sync` ([`Holds`], found first), and
/// builds the response now where it is not ([`Builds`], on the reference). The choice is made
/// by method lookup on the concrete type, so no bound is asked of it.
pub struct Pick<E>(pub E);

/// `poem_error` of an error poem can hold.
pub trait Holds {
    /// The `poem::Error` holding the error.
    fn poem_error(self) -> Error;
}

impl<E: HttpStatusError + Send + Sync + 'static> Holds for Pick<E> {
    #[inline]
    fn poem_error(self) -> Error {
        // Inside a negotiating middleware the response is built now, with what it needs.
        #[cfg(feature = "negotiate")]
        if crate::negotiate::scope::active() {
            return poem_error(&self.0);
        }
        Held(self.0).into()
    }
}

/// `poem_error` of any other error.
pub trait Builds {
    /// The `poem::Error` holding the response built now.
    fn poem_error(self) -> Error;
}

impl<E: HttpStatusError> Builds for &Pick<E> {
    #[inline]
    fn poem_error(self) -> Error {
        poem_error(&self.0)
    }
}

impl<E: HttpStatusError + Send + Sync + 'static> ResponseError for Held<E> {
    fn status(&self) -> StatusCode {
        self.0.status()
    }

    // Built in poem's own response, as `to_response` builds an `http` one: no parts moved from
    // one type to the other, and the response made in each arm.
    fn as_response(&self) -> Response {
        let (status, text) = self.0.__head();
        let mut response = match text {
            Text::Static(text) | Text::Title(text) => Response::from(Body::from(text)),
            Text::Owned(text) => Response::from(Body::from(text)),
        };
        response.set_status(status);
        self.0.__write(response.headers_mut());
        response
    }
}
