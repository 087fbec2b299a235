//! `#[status(crate = "...")]`: the derive reaches status-core through an absolute path or through
//! a local re-export.

use status_core_tests::{assert_response, respond, TEXT_PLAIN};
use std::fmt::Display;

mod reexport {
    pub use status_core as renamed;
}

#[test]
fn crate_path_absolute() {
    #[derive(Debug, status_core::HttpStatusError)]
    #[status(crate = "::status_core")]
    enum ApiError {
        #[status(404, message = "no user {id}")]
        NoUser { id: u64 },
    }

    #[derive(Debug, status_core::HttpStatusError)]
    #[status(503, retry_after = 9, crate = "::status_core")]
    struct Busy;

    assert_response(
        &respond(ApiError::NoUser { id: 1 }),
        404,
        &[TEXT_PLAIN],
        "no user 1",
    );
    assert_response(
        &respond(Busy),
        503,
        &[TEXT_PLAIN, ("retry-after", "9")],
        "Service Unavailable",
    );
}

#[test]
fn crate_path_through_a_local_reexport() {
    #[derive(Debug, reexport::renamed::HttpStatusError)]
    #[status(crate = "crate::reexport::renamed")]
    enum Inner {
        #[status(401, www_authenticate = "Basic realm=\"x\"", message = "who")]
        Who,
    }

    #[derive(Debug, reexport::renamed::HttpStatusError)]
    #[status(crate = "crate::reexport::renamed")]
    enum ApiError<T: Display> {
        #[status(400, message = "bad {0}")]
        Bad(T),
        #[status(transparent)]
        Inner(Inner),
    }

    assert_response(&respond(ApiError::Bad(1u8)), 400, &[TEXT_PLAIN], "bad 1");
    assert_response(
        &respond(ApiError::<u8>::Inner(Inner::Who)),
        401,
        &[TEXT_PLAIN, ("www-authenticate", "Basic realm=\"x\"")],
        "who",
    );
}
