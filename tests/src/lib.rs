//! Helpers shared by the status-core test suite.

use http::Response;

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
