//! What a response discloses: `conceal` answers a plain 404 with none of the variant's headers
//! (RFC 9110 §15.5.4); `expose` sends a 5xx's `Display` instead of its reason phrase.

use http::StatusCode;
use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN};
use std::fmt::{self, Display};

#[test]
fn conceal_answers_a_plain_404() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(403, conceal)]
        Forbidden { document: u64 },
        #[status(401, conceal, www_authenticate = r#"Basic realm="staff""#)]
        StaffOnly,
        #[status(410, conceal, header = "X-Gone-Since: 2020")]
        Gone,
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::Forbidden { document } => write!(f, "document {document} is private"),
                ApiError::StaffOnly => f.write_str("staff only"),
                ApiError::Gone => f.write_str("gone"),
            }
        }
    }

    for error in [
        ApiError::Forbidden { document: 7 },
        ApiError::StaffOnly,
        ApiError::Gone,
    ] {
        assert_eq!(HttpStatusError::status(&error), StatusCode::NOT_FOUND);
        assert_response(&respond(error), 404, &[TEXT_PLAIN], "Not Found");
    }
}

#[test]
fn expose_sends_display_on_5xx() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(500, expose)]
        Upstream(&'static str),
        #[status(503, expose, retry_after = 60)]
        Busy,
    }

    impl Display for ApiError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::Upstream(name) => write!(f, "upstream {name} is down"),
                ApiError::Busy => f.write_str("busy, come back in a minute"),
            }
        }
    }

    assert_response(
        &respond(ApiError::Upstream("billing")),
        500,
        &[TEXT_PLAIN],
        "upstream billing is down",
    );
    assert_response(
        &respond(ApiError::Busy),
        503,
        &[TEXT_PLAIN, ("retry-after", "60")],
        "busy, come back in a minute",
    );
}
