//! The cases measured by `benches/response.rs` and counted by `tests/alloc.rs`: one derived
//! enum, and the same responses written by hand and as axum tuples.
//!
//! The hand-written twin is what a careful person writes instead of the derive: one `match`,
//! `Response::new`, the status, `HeaderValue::from_static` inserts in the same order.

use axum_core::response::{AppendHeaders, IntoResponse};
use http::header::{ALLOW, CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use http::{HeaderName, HeaderValue, Response, StatusCode};
use status_core::HttpStatusError;

const TEXT_PLAIN: &str = "text/plain; charset=utf-8";
const BASIC: &str = r#"Basic realm="api""#;
const BEARER: &str = r#"Bearer realm="api""#;

/// The error whose transparent variant is measured.
#[derive(Debug, Clone, HttpStatusError)]
#[status(503, retry_after = 120, message = "down for maintenance")]
pub struct Maintenance;

/// One variant per measured case.
#[derive(Debug, Clone, HttpStatusError)]
pub enum ApiError {
    /// Static headers, static message.
    #[status(
        405,
        allow = "GET, HEAD",
        header = "cache-control: no-store",
        message = "this resource is read-only"
    )]
    ReadOnly,

    /// A formatted message.
    #[status(404, message = "no user {id}")]
    NoUser { id: u64 },

    /// A 401 with two challenges.
    #[status(
        401,
        www_authenticate = r#"Basic realm="api""#,
        www_authenticate = r#"Bearer realm="api""#,
        message = "sign in"
    )]
    Unauthenticated,

    /// A Retry-After from a field.
    #[status(429, message = "slow down")]
    Limited(#[status(retry_after)] u64),

    /// Everything from the inner error.
    #[status(transparent)]
    Inner(Maintenance),
}

/// The measured cases: a name for the table, and the error.
#[must_use]
pub fn cases() -> Vec<(&'static str, ApiError)> {
    vec![
        ("static headers + message", ApiError::ReadOnly),
        ("formatted message", ApiError::NoUser { id: 7 }),
        ("401, two challenges", ApiError::Unauthenticated),
        ("Retry-After field", ApiError::Limited(30)),
        ("transparent", ApiError::Inner(Maintenance)),
    ]
}

fn maintenance_by_hand(_: &Maintenance) -> Response<String> {
    let mut response = Response::new(String::from("down for maintenance"));
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(TEXT_PLAIN));
    headers.insert(RETRY_AFTER, HeaderValue::from_static("120"));
    response
}

/// The same responses, written by hand.
#[must_use]
pub fn by_hand(error: &ApiError) -> Response<String> {
    let (status, body) = match error {
        ApiError::ReadOnly => (
            StatusCode::METHOD_NOT_ALLOWED,
            String::from("this resource is read-only"),
        ),
        ApiError::NoUser { id } => (StatusCode::NOT_FOUND, format!("no user {id}")),
        ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, String::from("sign in")),
        ApiError::Limited(_) => (StatusCode::TOO_MANY_REQUESTS, String::from("slow down")),
        ApiError::Inner(inner) => return maintenance_by_hand(inner),
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(TEXT_PLAIN));
    match error {
        ApiError::ReadOnly => {
            headers.insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
            headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        ApiError::Unauthenticated => {
            headers.insert(WWW_AUTHENTICATE, HeaderValue::from_static(BASIC));
            headers.append(WWW_AUTHENTICATE, HeaderValue::from_static(BEARER));
        }
        ApiError::Limited(seconds) => {
            headers.insert(RETRY_AFTER, HeaderValue::from(*seconds));
        }
        ApiError::NoUser { .. } | ApiError::Inner(_) => {}
    }
    response
}

/// The same responses as axum tuples, `(StatusCode, [(HeaderName, &str)], String)`, built
/// with `axum_core`'s `IntoResponse` (axum re-exports it).
///
/// `String`'s `IntoResponse` writes the same `Content-Type` as the derive.
#[must_use]
pub fn axum_tuple(error: &ApiError) -> axum_core::response::Response {
    let none: [(HeaderName, &str); 0] = [];
    match error {
        ApiError::ReadOnly => (
            StatusCode::METHOD_NOT_ALLOWED,
            [(ALLOW, "GET, HEAD"), (CACHE_CONTROL, "no-store")],
            String::from("this resource is read-only"),
        )
            .into_response(),
        ApiError::NoUser { id } => {
            (StatusCode::NOT_FOUND, none, format!("no user {id}")).into_response()
        }
        ApiError::Unauthenticated => (
            StatusCode::UNAUTHORIZED,
            // An array of pairs inserts, keeping only the last challenge; AppendHeaders sends both.
            AppendHeaders([(WWW_AUTHENTICATE, BASIC), (WWW_AUTHENTICATE, BEARER)]),
            String::from("sign in"),
        )
            .into_response(),
        ApiError::Limited(seconds) => (
            StatusCode::TOO_MANY_REQUESTS,
            [(RETRY_AFTER, seconds.to_string())],
            String::from("slow down"),
        )
            .into_response(),
        ApiError::Inner(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(RETRY_AFTER, "120")],
            String::from("down for maintenance"),
        )
            .into_response(),
    }
}

/// The derived conversion, to `http::Response<String>`.
#[must_use]
pub fn derived(error: &ApiError) -> Response<String> {
    error.to_response::<String>()
}

/// The derived conversion, to axum's response type.
#[must_use]
pub fn derived_axum(error: &ApiError) -> axum_core::response::Response {
    error.to_response::<axum_core::body::Body>()
}
