//! poem 3 speaks `http` 1, like status-core: the parts move over as they are, and a static body
//! is poem's `Body` holding the `&'static str` without a copy.

use crate::HttpStatusError;
use poem::{Body, Error, Response, ResponseParts};

/// Builds the response of `error` and wraps it as a `poem::Error`.
pub fn poem_error<E: HttpStatusError>(error: &E) -> Error {
    let (mut parts, body) = crate::negotiate::respond::<_, Body>(error).into_parts();
    // poem's error gives the response it makes its own data, not the response's extensions.
    let representation = crate::negotiate::take(&mut parts.extensions);
    let parts = ResponseParts {
        status: parts.status,
        version: parts.version,
        headers: parts.headers,
        extensions: parts.extensions,
    };
    let mut error = Error::from_response(Response::from_parts(parts, body));
    if let Some(representation) = representation {
        error.set_data(representation);
    }
    error
}
