//! The seed codes, one test each: the whole response (status, every header line in order,
//! body) with a `message`, with the type's `Display`, or with the reason phrase a 5xx sends in
//! place of its cause.

use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN};
use std::fmt::{self, Display};

#[test]
fn status_400_message_with_positional_field() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(400, message = "invalid JSON at byte {0}")]
        BadJson(usize),
    }

    let response = respond(ApiError::BadJson(17));
    assert_response(&response, 400, &[TEXT_PLAIN], "invalid JSON at byte 17");
}

#[test]
fn status_401_sends_the_challenge_and_display() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(401, www_authenticate = r#"Bearer realm="api""#)]
        Unauthenticated,
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("sign in first")
        }
    }

    let response = respond(ApiError::Unauthenticated);
    assert_response(
        &response,
        401,
        &[TEXT_PLAIN, ("www-authenticate", r#"Bearer realm="api""#)],
        "sign in first",
    );
}

#[test]
fn status_403_sends_display() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(403)]
        Forbidden { user: u64 },
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::Forbidden { user } => write!(f, "user {user} may not do that"),
            }
        }
    }

    let response = respond(ApiError::Forbidden { user: 9 });
    assert_response(&response, 403, &[TEXT_PLAIN], "user 9 may not do that");
}

#[test]
fn status_404_message_with_named_field() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(404, message = "no user {id}")]
        NoUser { id: u64 },
    }

    let response = respond(ApiError::NoUser { id: 7 });
    assert_response(&response, 404, &[TEXT_PLAIN], "no user 7");
}

#[test]
fn status_405_sends_allow() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(405, allow = "GET, HEAD")]
        ReadOnly,
        #[status(405, allow = "")]
        Frozen,
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::ReadOnly => f.write_str("read only"),
                ApiError::Frozen => f.write_str("frozen"),
            }
        }
    }

    let response = respond(ApiError::ReadOnly);
    assert_response(
        &response,
        405,
        &[TEXT_PLAIN, ("allow", "GET, HEAD")],
        "read only",
    );

    let response = respond(ApiError::Frozen);
    assert_response(&response, 405, &[TEXT_PLAIN, ("allow", "")], "frozen");
}

#[test]
fn status_409_message_with_two_fields() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(409, message = "version {expected} expected, found {found}")]
        Stale { expected: u64, found: u64 },
    }

    let response = respond(ApiError::Stale {
        expected: 3,
        found: 2,
    });
    assert_response(&response, 409, &[TEXT_PLAIN], "version 3 expected, found 2");
}

#[test]
fn status_415_sends_accept_and_accept_encoding() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(415, accept = "application/json")]
        NotJson,
        #[status(
            415,
            accept = "application/json, text/plain;q=0.5",
            accept_encoding = "gzip, br;q=0.8"
        )]
        Compressed,
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::NotJson => f.write_str("send JSON"),
                ApiError::Compressed => f.write_str("unknown coding"),
            }
        }
    }

    let response = respond(ApiError::NotJson);
    assert_response(
        &response,
        415,
        &[TEXT_PLAIN, ("accept", "application/json")],
        "send JSON",
    );

    let response = respond(ApiError::Compressed);
    assert_response(
        &response,
        415,
        &[
            TEXT_PLAIN,
            ("accept", "application/json, text/plain;q=0.5"),
            ("accept-encoding", "gzip, br;q=0.8"),
        ],
        "unknown coding",
    );
}

#[test]
fn status_500_hides_the_cause() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(500)]
        Database(std::io::Error),
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::Database(err) => write!(f, "database: {err}"),
            }
        }
    }

    let error = ApiError::Database(std::io::Error::other("password=hunter2"));
    assert_eq!(error.to_string(), "database: password=hunter2");
    let response = respond(error);
    assert_response(&response, 500, &[TEXT_PLAIN], "Internal Server Error");
}

#[test]
fn status_502_hides_the_cause() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(502)]
        Upstream { host: String },
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::Upstream { host } => write!(f, "{host} answered garbage"),
            }
        }
    }

    let response = respond(ApiError::Upstream {
        host: "10.0.0.7".to_owned(),
    });
    assert_response(&response, 502, &[TEXT_PLAIN], "Bad Gateway");
}

#[test]
fn status_503_sends_retry_after_and_the_reason_phrase() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(503, retry_after = 120)]
        Maintenance,
    }

    let response = respond(ApiError::Maintenance);
    assert_response(
        &response,
        503,
        &[TEXT_PLAIN, ("retry-after", "120")],
        "Service Unavailable",
    );
}

#[test]
fn status_504_hides_the_cause() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(504)]
        Timeout(std::time::Duration),
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::Timeout(after) => write!(f, "gave up after {after:?}"),
            }
        }
    }

    let response = respond(ApiError::Timeout(std::time::Duration::from_secs(30)));
    assert_response(&response, 504, &[TEXT_PLAIN], "Gateway Timeout");
}

#[test]
fn type_without_display_derives_when_every_body_is_known() {
    // Every 4xx has a message and the 5xx sends its reason phrase: no Display needed.
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(400, message = "bad request")]
        Bad,
        #[status(500)]
        Internal,
    }

    assert_response(&respond(ApiError::Bad), 400, &[TEXT_PLAIN], "bad request");
    assert_response(
        &respond(ApiError::Internal),
        500,
        &[TEXT_PLAIN],
        "Internal Server Error",
    );
}
