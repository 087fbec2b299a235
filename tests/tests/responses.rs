//! The whole response of every shape the derive accepts: status, every header line in order,
//! and the body.

use http::{HeaderMap, HeaderValue, Response, StatusCode};
use status_core::HttpStatusError;
use status_core_tests::{assert_response, header_lines, TEXT_PLAIN};
use std::fmt::{self, Debug, Display};

/// Builds the response both ways (borrowing and consuming), checks that they agree with each
/// other and with the trait's methods, and returns the consuming one.
#[track_caller]
fn respond<E>(error: E) -> Response<String>
where
    E: HttpStatusError,
    Response<String>: From<E>,
{
    let status = HttpStatusError::status(&error);
    let body = error.body();
    let mut headers = HeaderMap::new();
    error.write_headers(&mut headers);
    let borrowed = error.to_response::<String>();
    let owned: Response<String> = error.into();
    assert_eq!(owned.status(), status);
    assert_eq!(borrowed.status(), status);
    assert_eq!(header_lines(&owned), header_lines(&borrowed));
    assert_eq!(owned.headers(), &headers);
    assert_eq!(owned.body(), &body);
    assert_eq!(borrowed.body(), &body);
    owned
}

// ---------------------------------------------------------------------------------------------
// The seed codes

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

// ---------------------------------------------------------------------------------------------
// Structs

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

// ---------------------------------------------------------------------------------------------
// Generics, lifetimes, where clauses

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

// ---------------------------------------------------------------------------------------------
// Status written as a constant

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

// ---------------------------------------------------------------------------------------------
// transparent, conceal, expose

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

// ---------------------------------------------------------------------------------------------
// Header keys

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

// ---------------------------------------------------------------------------------------------
// Messages

#[test]
fn message_positional_debug_and_literal_braces() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(400, message = "{{field}} {0} is {1:?}, not {0}")]
        Mixed(&'static str, Option<u8>),
        #[status(400, message = "use {{id}}, not {{}}")]
        OnlyBraces,
    }

    assert_response(
        &respond(ApiError::Mixed("age", Some(3))),
        400,
        &[TEXT_PLAIN],
        "{field} age is Some(3), not age",
    );
    assert_response(
        &respond(ApiError::OnlyBraces),
        400,
        &[TEXT_PLAIN],
        "use {id}, not {}",
    );
}

#[test]
fn message_format_specs() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(404, message = "id:{id:>5}|{id:<4}|{id:^5}|{id:05}|{id:#x}")]
        Aligned { id: u32 },
        #[status(400, message = "[{0:>1$}]")]
        WidthFromField(&'static str, usize),
        #[status(400, message = "ratio {ratio:.prec$} of {total:.1}")]
        Precision { ratio: f64, prec: usize, total: f32 },
        #[status(400, message = "{0:*^7}")]
        Fill(char),
        #[status(400, message = "bad {type}")]
        Raw { r#type: &'static str },
    }

    assert_response(
        &respond(ApiError::Aligned { id: 42 }),
        404,
        &[TEXT_PLAIN],
        "id:   42|42  | 42  |00042|0x2a",
    );
    assert_response(
        &respond(ApiError::WidthFromField("ab", 5)),
        400,
        &[TEXT_PLAIN],
        "[   ab]",
    );
    assert_response(
        &respond(ApiError::Precision {
            ratio: 0.123_456,
            prec: 3,
            total: 2.0,
        }),
        400,
        &[TEXT_PLAIN],
        "ratio 0.123 of 2.0",
    );
    assert_response(&respond(ApiError::Fill('x')), 400, &[TEXT_PLAIN], "***x***");
    assert_response(
        &respond(ApiError::Raw { r#type: "kind" }),
        400,
        &[TEXT_PLAIN],
        "bad kind",
    );
}

// ---------------------------------------------------------------------------------------------
// #[cfg]'d variants

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

// ---------------------------------------------------------------------------------------------
// Blanket impls, body types, write_headers

#[test]
fn reference_and_box_blanket_impls() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(405, allow = "GET", message = "read only")]
        ReadOnly,
    }

    let expected: &[(&str, &str)] = &[TEXT_PLAIN, ("allow", "GET")];
    let error = ApiError::ReadOnly;

    let by_ref: &ApiError = &error;
    assert_eq!(
        <&ApiError as HttpStatusError>::status(&by_ref),
        StatusCode::METHOD_NOT_ALLOWED
    );
    let response = <&ApiError as HttpStatusError>::to_response::<String>(&by_ref);
    assert_response(&response, 405, expected, "read only");

    let boxed: Box<ApiError> = Box::new(ApiError::ReadOnly);
    assert_eq!(
        <Box<ApiError> as HttpStatusError>::body(&boxed),
        "read only"
    );
    let response = <Box<ApiError> as HttpStatusError>::to_response::<String>(&boxed);
    assert_response(&response, 405, expected, "read only");

    let dynamic: Box<dyn HttpStatusError> = Box::new(ApiError::ReadOnly);
    let response = dynamic.to_response::<String>();
    assert_response(&response, 405, expected, "read only");
}

#[test]
fn body_types_string_and_bytes() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(404, message = "no user {0}")]
        NoUser(u64),
    }

    let error = ApiError::NoUser(5);
    let response: Response<String> = error.to_response();
    assert_response(&response, 404, &[TEXT_PLAIN], "no user 5");

    let response: Response<Vec<u8>> = error.to_response();
    assert_response(&response, 404, &[TEXT_PLAIN], b"no user 5");

    let response: Response<Vec<u8>> = error.into();
    assert_response(&response, 404, &[TEXT_PLAIN], b"no user 5");
}

#[test]
fn write_headers_replaces_content_type_and_keeps_the_rest() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(
            405,
            allow = "GET, HEAD",
            header = "X-Request-Id: 42",
            header = "X-Request-Id: 43",
            message = "read only"
        )]
        ReadOnly,
    }

    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    headers.append("content-type", HeaderValue::from_static("text/html"));
    headers.insert("x-trace", HeaderValue::from_static("abc"));
    headers.insert("x-request-id", HeaderValue::from_static("1"));
    ApiError::ReadOnly.write_headers(&mut headers);

    let mut response = Response::new(String::new());
    *response.headers_mut() = headers;
    assert_eq!(
        header_lines(&response),
        vec![
            (
                "content-type".to_owned(),
                "text/plain; charset=utf-8".to_owned()
            ),
            ("x-trace".to_owned(), "abc".to_owned()),
            ("x-request-id".to_owned(), "42".to_owned()),
            ("x-request-id".to_owned(), "43".to_owned()),
            ("allow".to_owned(), "GET, HEAD".to_owned()),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// #[status(crate = "...")]

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
