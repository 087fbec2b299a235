//! Shapes beyond an enum of plain variants: unit, tuple and named structs, and `#[cfg]`'d
//! variants, each asserted as a whole response.

use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN};
use std::fmt::{self, Display};

#[test]
fn unit_struct() {
    #[derive(Debug, HttpStatusError)]
    #[status(404, message = "nothing here")]
    struct Missing;

    assert_response(&respond(Missing), 404, &[TEXT_PLAIN], "nothing here");
}

#[test]
fn tuple_struct() {
    #[derive(Debug, HttpStatusError)]
    #[status(400, message = "bad {0} at {1}")]
    struct Bad(&'static str, u32);

    assert_response(
        &respond(Bad("token", 12)),
        400,
        &[TEXT_PLAIN],
        "bad token at 12",
    );
}

#[test]
fn named_struct() {
    #[derive(Debug, HttpStatusError)]
    #[status(409, message = "{name} exists")]
    struct Exists {
        name: String,
    }

    assert_response(
        &respond(Exists {
            name: "alice".to_owned(),
        }),
        409,
        &[TEXT_PLAIN],
        "alice exists",
    );
}

#[test]
fn struct_with_headers_and_display() {
    #[derive(Debug, HttpStatusError)]
    #[status(405, allow = "GET")]
    struct ReadOnly {
        path: &'static str,
    }

    impl Display for ReadOnly {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{} is read only", self.path)
        }
    }

    assert_response(
        &respond(ReadOnly { path: "/users" }),
        405,
        &[TEXT_PLAIN, ("allow", "GET")],
        "/users is read only",
    );
}

#[test]
fn cfg_variants() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(404, message = "kept")]
        Kept,
        #[cfg(any())]
        #[status(410, message = "vanished")]
        Vanished,
        #[cfg(test)]
        #[status(409, message = "also kept")]
        AlsoKept,
    }

    // Exhaustive without `Vanished`: the variant is gone, and so is its arm in the expansion.
    let name = |error: &ApiError| match error {
        ApiError::Kept => "kept",
        ApiError::AlsoKept => "also kept",
    };
    assert_eq!(name(&ApiError::Kept), "kept");
    assert_response(&respond(ApiError::Kept), 404, &[TEXT_PLAIN], "kept");
    assert_response(
        &respond(ApiError::AlsoKept),
        409,
        &[TEXT_PLAIN],
        "also kept",
    );
}
