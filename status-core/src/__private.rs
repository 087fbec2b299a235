//! What the derive's expansion names. Not a public API: it changes without notice.

pub use ::core;
pub use ::http;
pub use ::serde;
pub use ::std::borrow::Cow;
pub use ::std::format;
pub use ::std::string::String;

use crate::field::{
    write, AllowValue, ChallengeValue, ContentRangeValue, RetryAfterValue, ToHeaderValue,
};
use http::{HeaderMap, HeaderName, StatusCode};
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

/// A problem with a status chosen at run time, titled with its phrase.
#[inline]
#[must_use]
pub fn problem_of(status: StatusCode) -> crate::Problem {
    crate::Problem::titled(status, phrase(status))
}

/// The `instance` member from a field: its `Display` text.
#[inline]
#[must_use]
pub fn instance<T: Display + ?Sized>(problem: crate::Problem, value: &T) -> crate::Problem {
    problem.with_instance(value.to_string())
}

/// An extension member from a field.
#[inline]
#[must_use]
pub fn extension<T: ::serde::Serialize + ?Sized>(
    problem: crate::Problem,
    name: &'static str,
    value: &T,
) -> crate::Problem {
    problem.with_extension(name, value)
}

/// The representation of a text type's variant: its title (the status's phrase where `None`)
/// and, where its body is a detail, the body.
#[inline]
pub fn text_problem<E: crate::HttpStatusError + ?Sized>(
    error: &E,
    (title, detail): (Option<&'static str>, bool),
) -> crate::Problem {
    let status = error.status();
    let problem = crate::Problem::titled(status, title.unwrap_or_else(|| phrase(status)));
    if detail {
        problem.with_detail(error.body())
    } else {
        problem
    }
}

/// A transparent variant's representation, its detail worded by the outer message.
#[inline]
#[must_use]
pub fn worded(problem: crate::Problem, detail: String) -> crate::Problem {
    problem.with_detail(detail)
}

/// A text body as the expansion has it: a static message is handed over as it is, so a body
/// type that holds a `&'static str` without copying allocates nothing for it.
pub enum Text {
    Static(&'static str),
    Owned(String),
}

/// The response of a text type: the status and body its `match` chose, then its headers.
#[inline]
pub fn respond<B, E>(error: &E, (status, body): (StatusCode, Text)) -> http::Response<B>
where
    B: crate::ResponseBody,
    E: crate::HttpStatusError + ?Sized,
{
    let body = match body {
        Text::Static(text) => B::from(text),
        Text::Owned(text) => B::from(text),
    };
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    error.write_headers(response.headers_mut());
    response
}

/// The response of a type whose format `F` renders its representation.
#[inline]
pub fn rendered<F, B, E>(error: &E) -> http::Response<B>
where
    F: crate::Format,
    B: crate::ResponseBody,
    E: crate::HttpStatusError + ?Sized,
{
    let problem = error.problem();
    let mut response = http::Response::new(B::from(F::render(&problem)));
    *response.status_mut() = problem.status;
    error.write_headers(response.headers_mut());
    response
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

/// Writes `Allow` from a field, replacing what the map held, when the field has methods to
/// list (an empty list is an empty value).
#[inline]
pub fn allow<T: AllowValue + ?Sized>(headers: &mut HeaderMap, name: HeaderName, value: &T) {
    if let Some(value) = value.methods().as_deref().and_then(write::allow) {
        headers.insert(name, value);
    }
}

/// A field that alone answers the MUST rule of a 401 or 407: its type must never be empty.
#[inline]
#[must_use]
pub fn required_challenges<T: crate::field::RequiredChallenges + ?Sized>(value: &T) -> &T {
    value
}

/// A field that alone answers the MUST rule of a 405: its type must always send `Allow`.
#[inline]
#[must_use]
pub fn required_allow<T: crate::field::RequiredAllow + ?Sized>(value: &T) -> &T {
    value
}

/// Writes `Retry-After` from a field, replacing what the map held, when the field has a delay
/// or a time.
#[inline]
pub fn retry_after<T: RetryAfterValue + ?Sized>(
    headers: &mut HeaderMap,
    name: HeaderName,
    value: &T,
) {
    if let Some(value) = value.retry_after().and_then(write::retry_after) {
        headers.insert(name, value);
    }
}

/// Writes `Content-Range: bytes */<length>` from a field, replacing what the map held, when
/// the field has a length.
#[inline]
pub fn content_range<T: ContentRangeValue + ?Sized>(
    headers: &mut HeaderMap,
    name: HeaderName,
    value: &T,
) {
    if let Some(value) = value.complete_length().and_then(write::content_range) {
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
    value.for_each_challenge(&mut |challenge| {
        if let Some(line) = challenge.header_value() {
            headers.append(name.clone(), line);
        }
    });
}

/// Writes a `header = "name"` field, when its value is a well-formed field value; `replace`
/// drops what the map held under `name` first.
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
    if let Some(value) = value
        .to_header_value()
        .filter(|value| write::is_field_value(value.as_bytes()))
    {
        headers.append(name, value);
    }
}

pub use crate::{__actix as actix, __axum as axum, __poem as poem};

pub use crate::__log as log;
pub use crate::negotiate::respond as convert;

pub use crate::__utoipa as utoipa;
#[cfg(feature = "utoipa")]
pub use crate::integration::utoipa as openapi;

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
pub use crate::integration::tracing::{log_response, Describe, Probe};
