//! Helpers shared by the status-core test suite.

use http::{HeaderMap, Response};
use status_core::format::{ProblemJson, Text};
use status_core::{Format, HttpStatusError};
use std::fmt::Debug;

/// Every header line of `response` as `(name, value)` pairs, in the order they are sent.
///
/// # Panics
///
/// If a header value is not visible ASCII, which the derive never writes.
#[must_use]
pub fn header_lines<B>(response: &Response<B>) -> Vec<(String, String)> {
    response
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = value.to_str().expect("header values are visible ASCII");
            (name.as_str().to_owned(), value.to_owned())
        })
        .collect()
}

/// `pairs` as owned header lines, to compare with [`header_lines`].
#[must_use]
pub fn lines(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect()
}

/// The `Content-Type` line of every derived response.
pub const TEXT_PLAIN: (&str, &str) = ("content-type", "text/plain; charset=utf-8");

/// Asserts the status, every header line in order, and the body of `response`.
///
/// # Panics
///
/// When any of them differs.
#[track_caller]
pub fn assert_response<B, T>(response: &Response<B>, status: u16, headers: &[(&str, &str)], body: T)
where
    B: PartialEq<T> + Debug,
    T: Debug,
{
    assert_eq!(response.status().as_u16(), status, "status");
    assert_eq!(header_lines(response), lines(headers), "header lines");
    assert_eq!(*response.body(), body, "body");
}

/// Builds the response of `error` both ways, borrowing (`to_response`) and consuming (`From`),
/// checks that the two agree with each other and with the trait's `status`, `write_headers` and
/// `body`, and returns the consuming one for the caller to assert on.
///
/// # Panics
///
/// When the two responses, or a response and the trait's methods, disagree.
#[must_use]
#[track_caller]
pub fn respond<E>(error: E) -> Response<String>
where
    E: HttpStatusError,
    Response<String>: From<E>,
{
    let status = HttpStatusError::status(&error);
    let body = error.body();
    // The body is the representation, rendered in the type's format.
    let problem = error.problem();
    assert_eq!(problem.status, status, "the representation's status");
    let content_type = error
        .to_response::<String>()
        .headers()
        .get("content-type")
        .cloned();
    let content_type = content_type.as_ref().and_then(|value| value.to_str().ok());
    if content_type == Some(Text::CONTENT_TYPE) {
        assert_eq!(
            Text::render(&problem),
            body,
            "text body from the representation"
        );
    } else if content_type == Some(ProblemJson::CONTENT_TYPE) {
        assert_eq!(
            ProblemJson::render(&problem),
            body,
            "JSON body from the representation"
        );
    }
    let mut headers = HeaderMap::new();
    error.write_headers(&mut headers);
    let borrowed = error.to_response::<String>();
    let owned: Response<String> = error.into();
    assert_eq!(owned.status(), status);
    assert_eq!(borrowed.status(), status);
    assert_eq!(header_lines(&owned), header_lines(&borrowed));
    assert_eq!(owned.headers(), &headers);
    assert_eq!(owned.body(), &body);
    assert_eq!(borrowed.body(), &body);
    owned
}

/// The body of `response` as the representation it renders: a JSON value for a JSON body
/// (which must parse, and carry the status sent), a JSON string for a text body.
///
/// # Panics
///
/// When a JSON body does not parse, or its `status` member is not the status sent.
#[must_use]
pub fn problem_of(response: &Response<String>) -> serde_json::Value {
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    if content_type.ends_with("json") {
        let value: serde_json::Value =
            serde_json::from_str(response.body()).expect("a JSON body parses");
        assert_eq!(
            value["status"],
            serde_json::json!(response.status().as_u16()),
            "status member"
        );
        value
    } else {
        serde_json::Value::String(response.body().clone())
    }
}

/// The README's examples run as doctests of this crate, which is not published and so can
/// always reach the README (status-core's package cannot: the file is outside its directory).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;

/// status-derive's README, whose example is written against status-core, as its users write it.
#[cfg(doctest)]
#[doc = include_str!("../../status-derive/README.md")]
struct DeriveReadmeExamples;
