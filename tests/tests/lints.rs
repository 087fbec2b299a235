//! The expansion is warning-free under the strictest lint levels a user may set.

#![deny(warnings, clippy::all, clippy::pedantic, clippy::nursery)]

use http::{Method, Response};
use status_core::{Challenge, HttpStatusError};
use status_core_tests::{assert_response, header_lines, lines, TEXT_PLAIN};
use std::fmt::{self, Display};
use std::time::Duration;

#[derive(Debug, HttpStatusError)]
#[status(401, www_authenticate = r#"Basic realm="inner""#, message = "inner")]
pub struct Inner;

/// Every key, a type parameter in a message, a transparent generic field, a lifetime and a
/// where clause.
#[derive(Debug, HttpStatusError)]
#[status(crate = "::status_core", no_axum, no_actix, no_poem)]
pub enum ApiError<'a, T, I>
where
    T: Display,
{
    #[status(400, message = "bad {value} at {at:>4} ({at:?}) {{literal}}")]
    Bad { value: T, at: u32 },
    #[status(
        401,
        www_authenticate = r#"Bearer realm="api""#,
        www_authenticate = r#"Basic realm="api""#
    )]
    Unauthenticated,
    #[status(403, conceal)]
    Forbidden,
    #[status(NOT_FOUND, message = "no {0}")]
    NotFound(&'a str),
    #[status(
        StatusCode::METHOD_NOT_ALLOWED,
        allow = "GET, HEAD",
        message = "read only"
    )]
    ReadOnly,
    #[status(407, proxy_authenticate = r#"Basic realm="proxy""#, message = "proxy")]
    Proxy,
    #[status(409, explained)]
    Conflict,
    #[status(http::StatusCode::PAYLOAD_TOO_LARGE, temporary, retry_after = 30)]
    TooLarge,
    #[status(
        415,
        accept = "application/json",
        accept_encoding = "gzip",
        message = "json only"
    )]
    Unsupported,
    #[status(416, content_range = "bytes */1234", message = "range")]
    Range,
    #[status(426, upgrade = "websocket", message = "upgrade")]
    Upgrade,
    #[status(
        429,
        retry_after = "Sun, 06 Nov 1994 08:49:37 GMT",
        message = "slow down"
    )]
    TooMany,
    #[status(451, blocked_by = "https://authority.example/", message = "blocked")]
    Blocked,
    #[status(
        499,
        unregistered,
        header = "X-Reason: closed",
        header = "X-Reason: early"
    )]
    Closed,
    #[status(500)]
    Internal(std::io::Error),
    #[status(502, expose)]
    Upstream,
    #[status(503, message = "down for {0:?}", header = "X-Request-Id: 42")]
    Maintenance(Duration),
    #[status(401, message = "who")]
    Dynamic {
        #[status(www_authenticate)]
        challenge: Challenge,
        #[status(header = "x-trace")]
        trace: String,
    },
    #[status(405, message = "not allowed")]
    DynamicAllow(#[status(allow)] Vec<Method>),
    #[status(503, message = "busy")]
    DynamicRetry(#[status(retry_after)] u64),
    #[status(407, message = "proxy")]
    DynamicProxy(#[status(proxy_authenticate)] status_core::NonEmpty<Challenge>),
    #[status(416, message = "range")]
    DynamicRange(#[status(content_range)] u64),
    #[status(416, no_content_range, message = "no range")]
    NoRange,
    #[status(451, no_blocked_by, message = "no blocker")]
    NoBlocker,
    #[status(511, challenge_on_511, www_authenticate = r#"Basic realm="wifi""#)]
    Network,
    #[status(405, allow = "GET, purge", lowercase_methods, message = "purge")]
    Purge,
    #[status(transparent)]
    Inner(I),
    #[status(transparent)]
    Named { inner: Inner },
}

impl<T: Display, I> Display for ApiError<'_, T, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Internal(err) => write!(f, "internal: {err}"),
            ApiError::Upstream => f.write_str("upstream is down"),
            _ => f.write_str("see the status"),
        }
    }
}

type E<'a> = ApiError<'a, &'a str, Inner>;

#[track_caller]
fn check(error: E<'_>, status: u16, headers: &[(&str, &str)], body: &str) {
    let borrowed = error.to_response::<String>();
    let response: Response<String> = error.into();
    assert_response(&response, status, headers, body);
    assert_eq!(header_lines(&borrowed), lines(headers));
    assert_eq!(borrowed.body(), body);
}

#[test]
fn bodies_and_statuses() {
    check(
        E::Bad { value: "x", at: 7 },
        400,
        &[TEXT_PLAIN],
        "bad x at    7 (7) {literal}",
    );
    check(
        E::Unauthenticated,
        401,
        &[
            TEXT_PLAIN,
            ("www-authenticate", r#"Bearer realm="api""#),
            ("www-authenticate", r#"Basic realm="api""#),
        ],
        "see the status",
    );
    check(E::Forbidden, 404, &[TEXT_PLAIN], "Not Found");
    check(E::NotFound("page"), 404, &[TEXT_PLAIN], "no page");
}

#[test]
fn static_headers() {
    check(
        E::ReadOnly,
        405,
        &[TEXT_PLAIN, ("allow", "GET, HEAD")],
        "read only",
    );
    check(
        E::Proxy,
        407,
        &[TEXT_PLAIN, ("proxy-authenticate", r#"Basic realm="proxy""#)],
        "proxy",
    );
    check(E::Conflict, 409, &[TEXT_PLAIN], "see the status");
    check(
        E::TooLarge,
        413,
        &[TEXT_PLAIN, ("retry-after", "30")],
        "see the status",
    );
    check(
        E::Unsupported,
        415,
        &[
            TEXT_PLAIN,
            ("accept", "application/json"),
            ("accept-encoding", "gzip"),
        ],
        "json only",
    );
    check(
        E::Range,
        416,
        &[TEXT_PLAIN, ("content-range", "bytes */1234")],
        "range",
    );
    check(
        E::Upgrade,
        426,
        &[
            TEXT_PLAIN,
            ("upgrade", "websocket"),
            ("connection", "upgrade"),
        ],
        "upgrade",
    );
    check(
        E::TooMany,
        429,
        &[TEXT_PLAIN, ("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")],
        "slow down",
    );
    check(
        E::Blocked,
        451,
        &[
            TEXT_PLAIN,
            ("link", r#"<https://authority.example/>; rel="blocked-by""#),
        ],
        "blocked",
    );
    check(
        E::Closed,
        499,
        &[TEXT_PLAIN, ("x-reason", "closed"), ("x-reason", "early")],
        "see the status",
    );
}

#[test]
fn server_errors_dynamic_headers_and_transparent() {
    check(
        E::Internal(std::io::Error::other("secret")),
        500,
        &[TEXT_PLAIN],
        "Internal Server Error",
    );
    check(E::Upstream, 502, &[TEXT_PLAIN], "upstream is down");
    check(
        E::Maintenance(Duration::from_secs(2)),
        503,
        &[TEXT_PLAIN, ("x-request-id", "42")],
        "down for 2s",
    );
    check(
        E::Dynamic {
            challenge: Challenge::bearer("api"),
            trace: "abc".to_owned(),
        },
        401,
        &[
            TEXT_PLAIN,
            ("www-authenticate", r#"Bearer realm="api""#),
            ("x-trace", "abc"),
        ],
        "who",
    );
    check(
        E::DynamicAllow(vec![Method::GET, Method::POST]),
        405,
        &[TEXT_PLAIN, ("allow", "GET, POST")],
        "not allowed",
    );
    check(
        E::DynamicRetry(5),
        503,
        &[TEXT_PLAIN, ("retry-after", "5")],
        "busy",
    );
    check(
        E::Inner(Inner),
        401,
        &[TEXT_PLAIN, ("www-authenticate", r#"Basic realm="inner""#)],
        "inner",
    );
    check(
        E::Named { inner: Inner },
        401,
        &[TEXT_PLAIN, ("www-authenticate", r#"Basic realm="inner""#)],
        "inner",
    );
}

#[test]
fn dynamic_headers_and_silenced_advice() {
    check(
        E::DynamicProxy(status_core::NonEmpty::new(Challenge::basic("proxy"))),
        407,
        &[TEXT_PLAIN, ("proxy-authenticate", r#"Basic realm="proxy""#)],
        "proxy",
    );
    check(
        E::DynamicRange(1234),
        416,
        &[TEXT_PLAIN, ("content-range", "bytes */1234")],
        "range",
    );
    check(E::NoRange, 416, &[TEXT_PLAIN], "no range");
    check(E::NoBlocker, 451, &[TEXT_PLAIN], "no blocker");
    check(
        E::Network,
        511,
        &[TEXT_PLAIN, ("www-authenticate", r#"Basic realm="wifi""#)],
        "Network Authentication Required",
    );
    check(
        E::Purge,
        405,
        &[TEXT_PLAIN, ("allow", "GET, purge")],
        "purge",
    );
}

/// A type parameter used by several keys and messages gets each bound once, and none the type
/// already states (clippy's `trait_duplication_in_bounds`).
#[derive(Debug, HttpStatusError)]
pub enum Repeated<T: Display, U>
where
    U: Display,
{
    #[status(400, message = "{0} and {0} and {1}")]
    Twice(T, U),
    #[status(409, message = "{0}")]
    Again(T),
    #[status(404, message = "{value}")]
    Named { value: U },
}

#[test]
fn bounds_are_not_repeated() {
    assert_response(
        &Repeated::<u8, &str>::Twice(1, "x").to_response::<String>(),
        400,
        &[TEXT_PLAIN],
        "1 and 1 and x",
    );
}
