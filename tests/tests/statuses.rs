//! How the status is written: as a constant (`NOT_FOUND`, `StatusCode::NOT_FOUND`,
//! `http::StatusCode::NOT_FOUND`), or as a code outside the IANA registry with `unregistered`.

use http::StatusCode;
use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN};
use std::fmt::{self, Display};

#[test]
fn named_constants() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(NOT_FOUND, message = "bare")]
        Bare,
        #[status(StatusCode::NOT_FOUND, message = "qualified")]
        Qualified,
        #[status(http::StatusCode::NOT_FOUND, message = "full path")]
        FullPath,
        #[status(PAYLOAD_TOO_LARGE, retry_after = 30, message = "too large")]
        TooLarge,
    }

    assert_eq!(
        HttpStatusError::status(&ApiError::Bare),
        StatusCode::NOT_FOUND
    );
    assert_response(&respond(ApiError::Bare), 404, &[TEXT_PLAIN], "bare");
    assert_response(
        &respond(ApiError::Qualified),
        404,
        &[TEXT_PLAIN],
        "qualified",
    );
    assert_response(
        &respond(ApiError::FullPath),
        404,
        &[TEXT_PLAIN],
        "full path",
    );
    assert_eq!(
        HttpStatusError::status(&ApiError::TooLarge),
        StatusCode::PAYLOAD_TOO_LARGE
    );
    assert_response(
        &respond(ApiError::TooLarge),
        413,
        &[TEXT_PLAIN, ("retry-after", "30")],
        "too large",
    );
}

#[test]
fn unregistered_codes() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(499, unregistered, message = "client closed request")]
        Closed,
        #[status(498, unregistered)]
        TokenInvalid,
        #[status(599, unregistered)]
        NetworkTimeout,
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::Closed => f.write_str("closed"),
                ApiError::TokenInvalid => f.write_str("token invalid"),
                ApiError::NetworkTimeout => f.write_str("socket timed out talking to 10.0.0.2"),
            }
        }
    }

    assert_response(
        &respond(ApiError::Closed),
        499,
        &[TEXT_PLAIN],
        "client closed request",
    );
    assert_response(
        &respond(ApiError::TokenInvalid),
        498,
        &[TEXT_PLAIN],
        "token invalid",
    );
    // Outside the registry a 5xx has no reason phrase: the class name is sent.
    assert_response(
        &respond(ApiError::NetworkTimeout),
        599,
        &[TEXT_PLAIN],
        "Server Error",
    );
}
