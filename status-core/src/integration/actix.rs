//! actix-web 4 speaks `http` 0.2: the response, built with `http` 1 types, is converted here,
//! field line by field line.

use crate::HttpStatusError;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use std::borrow::Cow;
use std::fmt;

/// A response already built, as actix-web's types. It implements `ResponseError` in place of the
/// user's type, which would need `Display` to do so.
#[derive(Debug)]
pub struct ActixError {
    status: StatusCode,
    headers: Vec<(HeaderName, HeaderValue)>,
    /// A static message is borrowed, as actix-web's body holds it without a copy.
    body: Cow<'static, str>,
    /// The response's extensions, where a negotiating middleware finds the representation.
    #[cfg_attr(not(feature = "negotiate"), allow(dead_code))]
    pub(crate) extensions: http::Extensions,
}

/// Builds the response of `error` and wraps it as an `actix_web::Error`.
pub fn actix_error<E: HttpStatusError>(error: &E) -> actix_web::Error {
    let (parts, body) = crate::negotiate::respond::<_, Cow<'static, str>>(error).into_parts();
    // Both versions accept the codes 100..=999, and every response here is a 4xx or 5xx.
    let status =
        StatusCode::from_u16(parts.status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    // `HeaderMap::iter` yields every field line, the values of one name in the order written.
    // Both versions validate names and values by the same rules, so no line is dropped.
    let headers = parts
        .headers
        .iter()
        .filter_map(|(name, value)| {
            let name = HeaderName::from_bytes(name.as_str().as_bytes()).ok()?;
            let mut converted = HeaderValue::from_bytes(value.as_bytes()).ok()?;
            converted.set_sensitive(value.is_sensitive());
            Some((name, converted))
        })
        .collect();
    ActixError {
        status,
        headers,
        body,
        extensions: parts.extensions,
    }
    .into()
}

/// The body: what the client sees, so nothing more than the response already shows.
impl fmt::Display for ActixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.body)
    }
}

impl ResponseError for ActixError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::with_body(self.status, self.body.clone());
        let headers = response.headers_mut();
        for (name, value) in &self.headers {
            headers.append(name.clone(), value.clone());
        }
        response.map_into_boxed_body()
    }
}
