//! Generic types, lifetimes and where clauses: the derive carries them over, and adds the bound a
//! transparent field needs.

use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN};
use std::fmt::{self, Debug, Display};

#[test]
fn generic_field_in_message() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError<T: Display> {
        #[status(400, message = "bad value {0}")]
        Bad(T),
        #[status(404, message = "no {what}")]
        Missing { what: T },
    }

    assert_response(
        &respond(ApiError::Bad(3.5)),
        400,
        &[TEXT_PLAIN],
        "bad value 3.5",
    );
    assert_response(
        &respond(ApiError::Missing { what: "user" }),
        404,
        &[TEXT_PLAIN],
        "no user",
    );
}

#[test]
fn generic_transparent_variant() {
    #[derive(Debug, HttpStatusError)]
    #[status(
        401,
        www_authenticate = r#"Basic realm="admin""#,
        message = "who are you"
    )]
    struct Unauthenticated;

    // No bound written: the derive adds `T: HttpStatusError` for the transparent field.
    #[derive(Debug, HttpStatusError)]
    enum ApiError<T> {
        #[status(transparent)]
        Inner(T),
        #[status(502)]
        Upstream,
    }

    assert_response(
        &respond(ApiError::Inner(Unauthenticated)),
        401,
        &[TEXT_PLAIN, ("www-authenticate", r#"Basic realm="admin""#)],
        "who are you",
    );
    assert_response(
        &respond(ApiError::<Unauthenticated>::Upstream),
        502,
        &[TEXT_PLAIN],
        "Bad Gateway",
    );
}

#[test]
fn generic_type_with_display_body() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError<T> {
        #[status(422)]
        Invalid(T),
    }

    impl<T: Debug> Display for ApiError<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ApiError::Invalid(value) => write!(f, "invalid: {value:?}"),
            }
        }
    }

    assert_response(
        &respond(ApiError::Invalid(vec![1, 2])),
        422,
        &[TEXT_PLAIN],
        "invalid: [1, 2]",
    );
}

#[test]
fn lifetime() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError<'a> {
        #[status(404, message = "no {0}")]
        Missing(&'a str),
    }

    let name = String::from("page");
    let response = respond(ApiError::Missing(&name));
    assert_response(&response, 404, &[TEXT_PLAIN], "no page");
}

#[test]
fn where_clauses() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError<T>
    where
        T: Debug,
    {
        #[status(400, message = "rejected {0:?}")]
        Rejected(T),
    }

    #[derive(Debug, HttpStatusError)]
    #[status(409, message = "{first} and {second} clash")]
    struct Clash<'a, A, B>
    where
        A: Display + 'a,
        B: Display,
    {
        first: &'a A,
        second: B,
    }

    assert_response(
        &respond(ApiError::Rejected(Some("x"))),
        400,
        &[TEXT_PLAIN],
        r#"rejected Some("x")"#,
    );
    assert_response(
        &respond(Clash {
            first: &1,
            second: 'b',
        }),
        409,
        &[TEXT_PLAIN],
        "1 and b clash",
    );
}
