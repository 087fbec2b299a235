//! poem 3 speaks `http` 1, like status-core: the parts move over as they are, and a static body
//! is poem's `Body` holding the `&'static str` without a copy.

use crate::HttpStatusError;
use poem::{Body, Error, Response, ResponseParts};

/// Builds the response of `error` and wraps it as a `poem::Error`.
pub fn poem_error<E: HttpStatusError>(error: &E) -> Error {
    let (parts, body) = error.to_response::<Body>().into_parts();
    let parts = ResponseParts {
        status: parts.status,
        version: parts.version,
        headers: parts.headers,
        extensions: parts.extensions,
    };
    Error::from_response(Response::from_parts(parts, body))
}
