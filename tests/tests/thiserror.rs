//! thiserror's `Error` and `HttpStatusError` derived on the same type.

use http::Response;
use status_core::HttpStatusError;
use status_core_tests::{assert_response, TEXT_PLAIN};
use std::error::Error as _;

#[test]
fn client_errors_send_the_error_attribute() {
    #[derive(Debug, thiserror::Error, HttpStatusError)]
    enum ApiError {
        #[error("no user {0}")]
        #[status(404)]
        NoUser(u64),

        #[error("bad input: {reason}")]
        #[status(400)]
        BadInput { reason: String },

        #[error("read only")]
        #[status(405, allow = "GET, HEAD")]
        ReadOnly,

        // `message` wins over `#[error]` for the body; Display is left as thiserror made it.
        #[error("internal detail {0}")]
        #[status(409, message = "conflict on {0}")]
        Conflict(u32),
    }

    let response: Response<String> = ApiError::NoUser(7).into();
    assert_response(&response, 404, &[TEXT_PLAIN], "no user 7");

    let response: Response<String> = ApiError::BadInput {
        reason: "missing name".to_owned(),
    }
    .into();
    assert_response(&response, 400, &[TEXT_PLAIN], "bad input: missing name");

    let response: Response<String> = ApiError::ReadOnly.into();
    assert_response(
        &response,
        405,
        &[TEXT_PLAIN, ("allow", "GET, HEAD")],
        "read only",
    );

    let error = ApiError::Conflict(3);
    assert_eq!(error.to_string(), "internal detail 3");
    let response: Response<String> = error.into();
    assert_response(&response, 409, &[TEXT_PLAIN], "conflict on 3");
}

#[test]
fn server_errors_hide_error_text_and_sources() {
    #[derive(Debug, thiserror::Error, HttpStatusError)]
    enum ApiError {
        #[error("database failed: {0}")]
        #[status(500)]
        Database(#[from] std::io::Error),

        #[error("upstream sent {body:?}")]
        #[status(502)]
        Upstream {
            body: String,
            #[source]
            source: std::num::ParseIntError,
        },

        #[error("pool exhausted after {0} tries")]
        #[status(503, retry_after = 10)]
        Pool(u32),

        #[error("cache said: {0}")]
        #[status(500, expose)]
        Exposed(&'static str),
    }

    let error = ApiError::Database(std::io::Error::other("password=hunter2"));
    assert_eq!(error.to_string(), "database failed: password=hunter2");
    assert_eq!(
        error.source().map(ToString::to_string).as_deref(),
        Some("password=hunter2")
    );
    let response: Response<String> = error.into();
    assert_response(&response, 500, &[TEXT_PLAIN], "Internal Server Error");

    let source = "x1".parse::<u32>().unwrap_err();
    let error = ApiError::Upstream {
        body: "x1".to_owned(),
        source,
    };
    assert_eq!(error.to_string(), r#"upstream sent "x1""#);
    assert!(error.source().is_some());
    let response: Response<String> = error.into();
    assert_response(&response, 502, &[TEXT_PLAIN], "Bad Gateway");

    let response: Response<String> = ApiError::Pool(3).into();
    assert_response(
        &response,
        503,
        &[TEXT_PLAIN, ("retry-after", "10")],
        "Service Unavailable",
    );

    // `expose` is the opt-in that sends the `#[error]` text.
    let response: Response<String> = ApiError::Exposed("miss").into();
    assert_response(&response, 500, &[TEXT_PLAIN], "cache said: miss");
}

#[test]
fn question_mark_converts_into_the_error_and_into_the_response() {
    #[derive(Debug, thiserror::Error, HttpStatusError)]
    enum ApiError {
        #[error("not a number: {0}")]
        #[status(400)]
        NotANumber(#[from] std::num::ParseIntError),

        #[error("io: {0}")]
        #[status(500)]
        Io(#[from] std::io::Error),
    }

    fn parse(text: &str) -> Result<u32, ApiError> {
        Ok(text.parse::<u32>()?)
    }

    fn read() -> Result<u32, ApiError> {
        Err(std::io::Error::other("disk on fire"))?;
        Ok(0)
    }

    // A handler whose error type is the response: `?` goes through the derived `From`. A
    // response is large, and handlers return it anyway.
    #[allow(clippy::result_large_err)]
    fn handler(text: &str) -> Result<String, Response<String>> {
        let n = parse(text)?;
        Ok(format!("got {n}"))
    }

    #[allow(clippy::result_large_err)]
    fn failing_handler() -> Result<String, Response<String>> {
        let n = read()?;
        Ok(format!("got {n}"))
    }

    assert_eq!(handler("12").ok().as_deref(), Some("got 12"));

    let response = handler("twelve").unwrap_err();
    assert_response(
        &response,
        400,
        &[TEXT_PLAIN],
        "not a number: invalid digit found in string",
    );

    let response = failing_handler().unwrap_err();
    assert_response(&response, 500, &[TEXT_PLAIN], "Internal Server Error");
}

#[test]
fn transparent_on_both_derives() {
    #[derive(Debug, thiserror::Error, HttpStatusError)]
    enum AuthError {
        #[error("token expired {0} seconds ago")]
        #[status(401, www_authenticate = r#"Bearer realm="api", error="invalid_token""#)]
        Expired(u64),
    }

    #[derive(Debug, thiserror::Error, HttpStatusError)]
    enum ApiError {
        #[error(transparent)]
        #[status(transparent)]
        Auth(#[from] AuthError),

        #[error("gone")]
        #[status(410)]
        Gone,
    }

    fn check() -> Result<(), ApiError> {
        Err(AuthError::Expired(30))?
    }

    let error = check().unwrap_err();
    assert_eq!(error.to_string(), "token expired 30 seconds ago");
    let response: Response<String> = error.into();
    assert_response(
        &response,
        401,
        &[
            TEXT_PLAIN,
            (
                "www-authenticate",
                r#"Bearer realm="api", error="invalid_token""#,
            ),
        ],
        "token expired 30 seconds ago",
    );

    let response: Response<String> = ApiError::Gone.into();
    assert_response(&response, 410, &[TEXT_PLAIN], "gone");
}
