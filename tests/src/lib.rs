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
