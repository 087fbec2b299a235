//! actix-web 4 speaks `http` 0.2: the response is written straight into actix-web's own types.
//! A line the derive checked is handed over as the static text it is (`from_static`, as a
//! hand-written response does), under actix-web's constant for its name, the status and the
//! body as they are; only a value written at run time from a field is copied, once, into the
//! other version's type.

use super::held::Held;
use crate::__private::{Sink, Text};
use crate::names;
use crate::HttpStatusError;
use actix_web::body::BoxBody;
use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpResponse, ResponseError};
use std::fmt;

/// Wraps `error` as an `actix_web::Error` that builds the response when it is sent, as a
/// hand-written `ResponseError` builds it, in a head from actix-web's pool. A type without
/// generic parameters is `'static`, which `actix_web::Error` asks of what it holds.
pub fn actix_held<E: HttpStatusError + 'static>(error: E) -> actix_web::Error {
    // Inside a negotiating middleware the response is built now, with what it needs.
    #[cfg(feature = "negotiate")]
    if crate::negotiate::scope::active() {
        return actix_error(&error);
    }
    Held(error).into()
}

impl<E: HttpStatusError> ResponseError for Held<E> {
    fn status_code(&self) -> StatusCode {
        status(self.0.status())
    }

    fn error_response(&self) -> HttpResponse {
        respond(&self.0)
    }
}

/// Both versions accept the codes 100..=999, and every response here is a 4xx or 5xx.
fn status(status: http::StatusCode) -> StatusCode {
    StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The response of `error`, in actix-web's types.
fn respond<E: HttpStatusError>(error: &E) -> HttpResponse {
    let (code, text) = error.__head();
    let mut response = match text {
        Text::Static(text) | Text::Title(text) => {
            HttpResponse::with_body(status(code), text).map_into_boxed_body()
        }
        Text::Owned(text) => HttpResponse::with_body(status(code), text).map_into_boxed_body(),
    };
    error.__write(&mut Lines(response.headers_mut()));
    response
}

/// actix-web's header map, as a sink for a derived type's lines.
struct Lines<'a>(&'a mut HeaderMap);

impl Sink for Lines<'_> {
    // Inlined down to the literals, so that the name folds into actix-web's constant and
    // `from_static`'s checks fold away (see `HeaderMap`'s).
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn line(&mut self, name: &'static str, value: &'static str, append: bool) {
        // A lower-case token and a value the derive checked.
        let (name, value) = (names::actix(name), HeaderValue::from_static(value));
        if append {
            self.0.append(name, value);
        } else {
            self.0.insert(name, value);
        }
    }

    fn value(&mut self, name: &'static str, value: http::HeaderValue, replace: bool) {
        // Both versions accept the same values, so none is dropped here.
        let Ok(mut converted) = HeaderValue::from_bytes(value.as_bytes()) else {
            return;
        };
        converted.set_sensitive(value.is_sensitive());
        let name = names::actix(name);
        if replace {
            self.0.insert(name, converted);
        } else {
            self.0.append(name, converted);
        }
    }

    fn remove(&mut self, name: &'static str) {
        self.0.remove(names::actix(name));
    }

    fn reserve(&mut self, lines: usize) {
        self.0.reserve(lines);
    }

    fn map(&mut self, write: &mut dyn FnMut(&mut http::HeaderMap)) {
        let mut headers = http::HeaderMap::new();
        write(&mut headers);
        // `HeaderMap::iter` yields every field line, the values of one name in the order
        // written; the first of a name replaces what actix-web's map holds.
        let mut last: Option<&http::HeaderName> = None;
        for (name, value) in &headers {
            let Ok(converted_name) = HeaderName::from_bytes(name.as_str().as_bytes()) else {
                continue;
            };
            let Ok(mut converted) = HeaderValue::from_bytes(value.as_bytes()) else {
                continue;
            };
            converted.set_sensitive(value.is_sensitive());
            if last == Some(name) {
                self.0.append(converted_name, converted);
            } else {
                self.0.insert(converted_name, converted);
            }
            last = Some(name);
        }
    }
}

/// The response of a generic type, built at once: the type may hold borrows that
/// `actix_web::Error` cannot keep. Each `error_response` copies it, which costs a copy of a
/// formatted body or of a value written from a field.
#[derive(Debug)]
pub struct ActixError {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    /// The response's extensions, where a negotiating middleware finds the representation.
    #[cfg_attr(not(feature = "negotiate"), allow(dead_code))]
    pub(crate) extensions: http::Extensions,
}

/// Builds the response of `error` and wraps it as an `actix_web::Error`.
pub fn actix_error<E: HttpStatusError>(error: &E) -> actix_web::Error {
    #[cfg(feature = "negotiate")]
    if crate::negotiate::scope::active() {
        return negotiated(error);
    }
    let (code, text) = error.__head();
    let body = match text {
        Text::Static(text) | Text::Title(text) => Bytes::from_static(text.as_bytes()),
        Text::Owned(text) => Bytes::from(text),
    };
    let mut headers = HeaderMap::new();
    error.__write(&mut Lines(&mut headers));
    ActixError {
        status: status(code),
        headers,
        body,
        extensions: http::Extensions::new(),
    }
    .into()
}

/// [`actix_error`] inside a negotiating middleware: the response as every consuming conversion
/// builds it there, its representation in the extensions, converted line by line.
#[cfg(feature = "negotiate")]
#[cold]
#[inline(never)]
fn negotiated<E: HttpStatusError>(error: &E) -> actix_web::Error {
    let (mut parts, body) = crate::negotiate::respond::<_, Bytes>(error).into_parts();
    let mut headers = HeaderMap::new();
    Lines(&mut headers).map(&mut |map| std::mem::swap(map, &mut parts.headers));
    ActixError {
        status: status(parts.status),
        headers,
        body,
        extensions: parts.extensions,
    }
    .into()
}

/// The body: what the client sees, so nothing more than the response already shows.
impl fmt::Display for ActixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.body))
    }
}

impl ResponseError for ActixError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::with_body(self.status, BoxBody::new(self.body.clone()));
        let headers = response.headers_mut();
        for (name, value) in &self.headers {
            headers.append(name.clone(), value.clone());
        }
        response
    }
}
