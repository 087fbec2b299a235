//! The expansion names everything by absolute path: it compiles next to items that shadow the
//! prelude and the crates it uses, and under `#[no_implicit_prelude]`.

use status_core_tests::{assert_response, TEXT_PLAIN};

#[allow(
    dead_code,
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    clippy::all,
    clippy::pedantic
)]
mod shadowed {
    // A `use status_core::...` would be ambiguous with the module below: name the crate absolutely.
    use ::status_core::HttpStatusError;

    pub type Result = ();
    pub struct Option;
    pub struct String;
    pub struct Box;
    pub struct Vec;
    pub struct Some;
    pub struct None;
    pub fn Ok() {}
    pub fn Err() {}
    pub trait From {}
    pub trait Into {}
    pub trait ToString {}
    pub trait Display {}
    pub trait Debug {}
    pub trait Sized {}
    pub trait Fn {}
    pub fn drop() {}
    pub fn format() {}
    pub fn panic() {}
    // A local named like the ones a careless expansion binds.
    pub const error: () = ();
    pub const headers: () = ();
    pub const value: () = ();

    pub mod http {}
    pub mod core {}
    pub mod std {}
    pub mod status_core {}
    pub mod alloc {}

    #[derive(::core::fmt::Debug, HttpStatusError)]
    pub enum ApiError<T: ::core::fmt::Display, I> {
        #[status(400, message = "bad {0} at {1:?}")]
        Bad(T, u32),
        #[status(401, www_authenticate = r#"Bearer realm="api""#)]
        Unauthenticated,
        #[status(403, conceal)]
        Forbidden,
        #[status(405, allow = "GET, HEAD", message = "read only")]
        ReadOnly,
        #[status(503, retry_after = 120, header = "X-Request-Id: 42")]
        Busy,
        #[status(500)]
        Internal { cause: ::std::string::String },
        #[status(401, message = "who are you")]
        Who {
            #[status(www_authenticate)]
            challenge: ::status_core::Challenge,
            #[status(header = "x-trace")]
            trace: &'static str,
        },
        #[status(transparent)]
        Inner(I),
    }

    impl<T: ::core::fmt::Display, I> ::core::fmt::Display for ApiError<T, I> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match self {
                ApiError::Unauthenticated => f.write_str("sign in"),
                _ => f.write_str("other"),
            }
        }
    }

    #[derive(::core::fmt::Debug, HttpStatusError)]
    #[status(404, message = "no {what}")]
    pub struct NotFound<'a> {
        pub what: &'a str,
    }
}

#[test]
fn shadowed_names() {
    use shadowed::{ApiError, NotFound};
    type E<'a> = ApiError<u8, NotFound<'a>>;

    let response: http::Response<String> = E::Bad(7, 3).into();
    assert_response(&response, 400, &[TEXT_PLAIN], "bad 7 at 3");

    let response: http::Response<String> = E::Unauthenticated.into();
    assert_response(
        &response,
        401,
        &[TEXT_PLAIN, ("www-authenticate", r#"Bearer realm="api""#)],
        "sign in",
    );

    let response: http::Response<String> = E::Forbidden.into();
    assert_response(&response, 404, &[TEXT_PLAIN], "Not Found");

    let response: http::Response<String> = E::ReadOnly.into();
    assert_response(
        &response,
        405,
        &[TEXT_PLAIN, ("allow", "GET, HEAD")],
        "read only",
    );

    let response: http::Response<String> = E::Busy.into();
    assert_response(
        &response,
        503,
        &[TEXT_PLAIN, ("retry-after", "120"), ("x-request-id", "42")],
        "Service Unavailable",
    );

    let response: http::Response<String> = E::Internal {
        cause: "secret".to_owned(),
    }
    .into();
    assert_response(&response, 500, &[TEXT_PLAIN], "Internal Server Error");

    let response: http::Response<String> = E::Who {
        challenge: status_core::Challenge::basic("staff"),
        trace: "abc",
    }
    .into();
    assert_response(
        &response,
        401,
        &[
            TEXT_PLAIN,
            ("www-authenticate", r#"Basic realm="staff""#),
            ("x-trace", "abc"),
        ],
        "who are you",
    );

    let response: http::Response<String> = E::Inner(NotFound { what: "page" }).into();
    assert_response(&response, 404, &[TEXT_PLAIN], "no page");
}

#[no_implicit_prelude]
#[allow(dead_code)]
mod np {
    use ::status_core::HttpStatusError;

    #[derive(::core::fmt::Debug, HttpStatusError)]
    pub enum ApiError<T: ::core::fmt::Display, I> {
        #[status(400, message = "bad {0} at {1:?}")]
        Bad(T, u32),
        #[status(404, message = "nothing here")]
        Static,
        #[status(401, www_authenticate = r#"Bearer realm="api""#)]
        Unauthenticated,
        #[status(403, conceal)]
        Forbidden,
        #[status(
            429,
            retry_after = 1,
            header = "X-Request-Id: 42",
            message = "slow down"
        )]
        TooMany,
        #[status(500)]
        Internal,
        #[status(502, expose)]
        Upstream,
        #[status(401, message = "who are you")]
        Who {
            #[status(www_authenticate)]
            challenge: ::status_core::Challenge,
            #[status(header = "x-trace")]
            trace: &'static str,
        },
        #[status(transparent)]
        Inner(I),
    }

    impl<T: ::core::fmt::Display, I> ::core::fmt::Display for ApiError<T, I> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match self {
                ApiError::Unauthenticated => f.write_str("sign in"),
                ApiError::Upstream => f.write_str("upstream is down"),
                _ => f.write_str("other"),
            }
        }
    }

    #[derive(::core::fmt::Debug, HttpStatusError)]
    #[status(405, allow = "GET", message = "{path} is read only")]
    pub struct ReadOnly {
        pub path: &'static str,
    }
}

#[test]
fn no_implicit_prelude() {
    use np::{ApiError, ReadOnly};
    type E = ApiError<char, ReadOnly>;

    let response: http::Response<String> = E::Bad('x', 9).into();
    assert_response(&response, 400, &[TEXT_PLAIN], "bad x at 9");

    let response: http::Response<String> = E::Static.into();
    assert_response(&response, 404, &[TEXT_PLAIN], "nothing here");

    let response: http::Response<String> = E::Unauthenticated.into();
    assert_response(
        &response,
        401,
        &[TEXT_PLAIN, ("www-authenticate", r#"Bearer realm="api""#)],
        "sign in",
    );

    let response: http::Response<String> = E::Forbidden.into();
    assert_response(&response, 404, &[TEXT_PLAIN], "Not Found");

    let response: http::Response<String> = E::TooMany.into();
    assert_response(
        &response,
        429,
        &[TEXT_PLAIN, ("retry-after", "1"), ("x-request-id", "42")],
        "slow down",
    );

    let response: http::Response<String> = E::Internal.into();
    assert_response(&response, 500, &[TEXT_PLAIN], "Internal Server Error");

    let response: http::Response<String> = E::Upstream.into();
    assert_response(&response, 502, &[TEXT_PLAIN], "upstream is down");

    let response: http::Response<String> = E::Who {
        challenge: status_core::Challenge::basic("staff"),
        trace: "abc",
    }
    .into();
    assert_response(
        &response,
        401,
        &[
            TEXT_PLAIN,
            ("www-authenticate", r#"Basic realm="staff""#),
            ("x-trace", "abc"),
        ],
        "who are you",
    );

    let response: http::Response<String> = E::Inner(ReadOnly { path: "/docs" }).into();
    assert_response(
        &response,
        405,
        &[TEXT_PLAIN, ("allow", "GET")],
        "/docs is read only",
    );
}
