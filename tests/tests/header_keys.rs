//! The header keys on the wire: challenges as one field line each, in order; `retry_after` as
//! seconds and as a date; repeated `header` lines; `upgrade` with its `Connection`,
//! `content_range` and `blocked_by`.

use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN};

#[test]
fn several_challenges_are_several_field_lines_in_order() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(
            401,
            www_authenticate = r#"Basic realm="a""#,
            www_authenticate = r#"Bearer realm="b", error="invalid_token""#,
            message = "sign in"
        )]
        Unauthenticated,
        #[status(
            407,
            proxy_authenticate = r#"Basic realm="proxy""#,
            proxy_authenticate = "Negotiate",
            message = "proxy sign in"
        )]
        ProxyUnauthenticated,
    }

    assert_response(
        &respond(ApiError::Unauthenticated),
        401,
        &[
            TEXT_PLAIN,
            ("www-authenticate", r#"Basic realm="a""#),
            (
                "www-authenticate",
                r#"Bearer realm="b", error="invalid_token""#,
            ),
        ],
        "sign in",
    );
    assert_response(
        &respond(ApiError::ProxyUnauthenticated),
        407,
        &[
            TEXT_PLAIN,
            ("proxy-authenticate", r#"Basic realm="proxy""#),
            ("proxy-authenticate", "Negotiate"),
        ],
        "proxy sign in",
    );
}

#[test]
fn retry_after_as_seconds_and_as_date() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(429, retry_after = 0, message = "slow down")]
        Now,
        #[status(429, retry_after = 3600, message = "slow down")]
        Hour,
        #[status(503, retry_after = "Sun, 06 Nov 1994 08:49:37 GMT")]
        Until,
    }

    assert_response(
        &respond(ApiError::Now),
        429,
        &[TEXT_PLAIN, ("retry-after", "0")],
        "slow down",
    );
    assert_response(
        &respond(ApiError::Hour),
        429,
        &[TEXT_PLAIN, ("retry-after", "3600")],
        "slow down",
    );
    assert_response(
        &respond(ApiError::Until),
        503,
        &[TEXT_PLAIN, ("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")],
        "Service Unavailable",
    );
}

#[test]
fn repeated_header_is_sent_once_per_key() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(
            429,
            header = "X-Request-Id: 42",
            header = "X-Request-Id: 43",
            header = "RateLimit-Policy: 100;w=60",
            message = "too many"
        )]
        TooMany,
    }

    // Names are sent in lower case; lines with one name stay together, in the order written.
    assert_response(
        &respond(ApiError::TooMany),
        429,
        &[
            TEXT_PLAIN,
            ("x-request-id", "42"),
            ("x-request-id", "43"),
            ("ratelimit-policy", "100;w=60"),
        ],
        "too many",
    );
}

#[test]
fn upgrade_content_range_and_blocked_by() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(426, upgrade = "HTTP/2.0, websocket", message = "upgrade")]
        Upgrade,
        #[status(416, content_range = "bytes */1234", message = "out of range")]
        Range,
        #[status(451, blocked_by = "https://authority.example/", message = "blocked")]
        Blocked,
    }

    assert_response(
        &respond(ApiError::Upgrade),
        426,
        &[
            TEXT_PLAIN,
            ("upgrade", "HTTP/2.0, websocket"),
            ("connection", "upgrade"),
        ],
        "upgrade",
    );
    assert_response(
        &respond(ApiError::Range),
        416,
        &[TEXT_PLAIN, ("content-range", "bytes */1234")],
        "out of range",
    );
    assert_response(
        &respond(ApiError::Blocked),
        451,
        &[
            TEXT_PLAIN,
            ("link", r#"<https://authority.example/>; rel="blocked-by""#),
        ],
        "blocked",
    );
}
