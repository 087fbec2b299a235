//! `#[status(transparent)]`: status, headers and body come from the one field, whether its type
//! is derived, transparent itself, or implements the trait by hand.

use http::{HeaderMap, HeaderValue, StatusCode};
use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN};

#[test]
fn transparent_tuple_and_named_variants() {
    #[derive(Debug, HttpStatusError)]
    enum AuthError {
        #[status(
            401,
            www_authenticate = r#"Bearer realm="api""#,
            message = "token expired"
        )]
        Expired,
    }

    #[derive(Debug, HttpStatusError)]
    #[status(503, retry_after = 5, message = "pool exhausted")]
    struct PoolError;

    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(transparent)]
        Auth(AuthError),
        #[status(transparent)]
        Pool { source: PoolError },
    }

    assert_response(
        &respond(ApiError::Auth(AuthError::Expired)),
        401,
        &[TEXT_PLAIN, ("www-authenticate", r#"Bearer realm="api""#)],
        "token expired",
    );
    assert_response(
        &respond(ApiError::Pool { source: PoolError }),
        503,
        &[TEXT_PLAIN, ("retry-after", "5")],
        "pool exhausted",
    );
}

#[test]
fn transparent_nested_twice() {
    #[derive(Debug, HttpStatusError)]
    #[status(405, allow = "GET, HEAD", message = "{path} is read only")]
    struct ReadOnly {
        path: &'static str,
    }

    #[derive(Debug, HttpStatusError)]
    enum Middle {
        #[status(transparent)]
        ReadOnly(ReadOnly),
    }

    #[derive(Debug, HttpStatusError)]
    enum Outer {
        #[status(transparent)]
        Middle { inner: Middle },
    }

    let error = Outer::Middle {
        inner: Middle::ReadOnly(ReadOnly { path: "/docs" }),
    };
    assert_response(
        &respond(error),
        405,
        &[TEXT_PLAIN, ("allow", "GET, HEAD")],
        "/docs is read only",
    );
}

#[test]
fn transparent_to_a_hand_written_impl() {
    #[derive(Debug)]
    struct Teapot;

    impl HttpStatusError for Teapot {
        fn status(&self) -> StatusCode {
            StatusCode::SERVICE_UNAVAILABLE
        }

        fn write_headers(&self, headers: &mut HeaderMap) {
            headers.insert("x-pot", HeaderValue::from_static("brewing"));
        }

        fn body(&self) -> String {
            "short and stout".to_owned()
        }
    }

    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(transparent)]
        Pot(Teapot),
    }

    // Everything, headers included, is the field's own: no Content-Type is added.
    assert_response(
        &respond(ApiError::Pot(Teapot)),
        503,
        &[("x-pot", "brewing")],
        "short and stout",
    );
}
