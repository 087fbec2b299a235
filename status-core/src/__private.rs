//! What the derive's expansion names. Not a public API: it changes without notice.

pub use ::core;
pub use ::http;
pub use ::serde;
pub use ::std::borrow::Cow;
pub use ::std::format;
pub use ::std::string::String;

use crate::field::{ChallengeValue, ToHeaderValue};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use std::fmt::Display;

/// The status for a code the derive has already checked to be in 400..=599.
///
/// Only ever evaluated in a `const` block, so the impossible branch is a compile-time error and
/// never a panic at run time.
#[must_use]
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("status codes are checked by the derive"),
    }
}

/// A problem with the status and title the derive checked.
#[inline]
#[must_use]
pub fn problem(status: StatusCode, title: &'static str) -> crate::Problem {
    crate::Problem::titled(status, title)
}

/// The reason phrase of a status chosen at run time, which an `ErrorStatus` has made sure is
/// registered.
#[inline]
#[must_use]
pub fn phrase(status: StatusCode) -> &'static str {
    crate::status::phrase(status.as_u16()).unwrap_or("Error")
}

/// The `instance` member from a field: its `Display` text.
#[inline]
pub fn instance<T: Display + ?Sized>(problem: &mut crate::Problem, value: &T) {
    problem.instance = Some(value.to_string());
}

/// An extension member from a field.
#[inline]
pub fn extension<T: ::serde::Serialize + ?Sized>(
    problem: &mut crate::Problem,
    name: &'static str,
    value: &T,
) {
    problem.extension(name, value);
}

/// The body of a type whose format is `F`.
#[inline]
#[must_use]
pub fn render<F: crate::Format>(problem: &crate::Problem) -> String {
    F::render(problem)
}

/// Whether a format's content type is a media type; evaluated in a `const` by the expansion.
pub use crate::format::is_media_type;

/// A static body.
#[inline]
#[must_use]
pub fn text(text: &str) -> String {
    String::from(text)
}

/// The body of a variant that sends its `Display` text; named so that a missing `Display`
/// says what it is for.
#[diagnostic::on_unimplemented(
    message = "`{Self}` needs `Display`: it is the body of this response",
    label = "this response's body is the type's Display text",
    note = "add message = \"...\" to the #[status], implement Display, or derive thiserror::Error"
)]
pub trait DisplayBody {
    fn display_body(&self) -> String;
}

impl<T: Display + ?Sized> DisplayBody for T {
    #[inline]
    fn display_body(&self) -> String {
        self.to_string()
    }
}

/// Writes a header that appears once, when the field has a value to send.
#[inline]
pub fn insert(headers: &mut HeaderMap, name: HeaderName, value: Option<HeaderValue>) {
    if let Some(value) = value {
        headers.insert(name, value);
    }
}

/// Writes one field line per challenge; `replace` drops what the map held under `name` first.
#[inline]
pub fn challenges<T: ChallengeValue + ?Sized>(
    headers: &mut HeaderMap,
    name: &HeaderName,
    value: &T,
    replace: bool,
) {
    if replace {
        headers.remove(name);
    }
    value.for_each_challenge(&mut |line| {
        headers.append(name.clone(), line);
    });
}

/// Writes a `header = "name"` field; `replace` drops what the map held under `name` first.
#[inline]
pub fn other<T: ToHeaderValue + ?Sized>(
    headers: &mut HeaderMap,
    name: HeaderName,
    value: &T,
    replace: bool,
) {
    if replace {
        headers.remove(&name);
    }
    if let Some(value) = value.to_header_value() {
        headers.append(name, value);
    }
}

pub use crate::{__actix as actix, __axum as axum, __poem as poem};

pub use crate::__log as log;
pub use crate::negotiate::respond;

#[cfg(feature = "axum")]
pub use ::axum_core;

#[cfg(feature = "actix-web")]
pub use crate::integration::actix::actix_error;
#[cfg(feature = "actix-web")]
pub use ::actix_web;

#[cfg(feature = "poem")]
pub use crate::integration::poem::poem_error;
#[cfg(feature = "poem")]
pub use ::poem;

#[cfg(feature = "tracing")]
pub use crate::integration::tracing::{
    log_response, DescribeDebug, DescribeError, DescribeOpaque, Probe,
};
