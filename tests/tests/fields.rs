//! Headers whose values come from fields: typed values, and plain values that are left out
//! when they cannot be header values.

use http::Method;
use status_core::{Challenge, HttpStatusError};
use status_core_tests::{assert_response, header_lines, lines, TEXT_PLAIN as TEXT};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[test]
fn challenge_field_satisfies_401() {
    #[derive(Debug, HttpStatusError)]
    #[status(401, message = "sign in")]
    struct Unauthenticated {
        #[status(www_authenticate)]
        challenge: Challenge,
    }

    let error = Unauthenticated {
        challenge: Challenge::bearer("api").param("error", "invalid_token"),
    };
    let response = error.to_response::<String>();
    assert_response(
        &response,
        401,
        &[
            TEXT,
            (
                "www-authenticate",
                r#"Bearer realm="api", error="invalid_token""#,
            ),
        ],
        "sign in",
    );
}

#[test]
fn several_challenges_after_static_ones() {
    #[derive(Debug, HttpStatusError)]
    enum AuthError {
        #[status(
            401,
            www_authenticate = r#"Basic realm="staff""#,
            message = "who are you?"
        )]
        Missing {
            #[status(www_authenticate)]
            more: Vec<Challenge>,
        },
        #[status(407, message = "proxy")]
        Proxy(#[status(proxy_authenticate)] Challenge),
        // Beside a static challenge, a field may be empty.
        #[status(407, proxy_authenticate = r#"Basic realm="proxy""#, message = "proxy")]
        ProxyMore(#[status(proxy_authenticate)] Option<Challenge>),
    }

    let error = AuthError::Missing {
        more: vec![
            Challenge::bearer("api"),
            Challenge::new("Negotiate").expect("a token"),
        ],
    };
    let response: http::Response<String> = error.into();
    assert_response(
        &response,
        401,
        &[
            TEXT,
            ("www-authenticate", r#"Basic realm="staff""#),
            ("www-authenticate", r#"Bearer realm="api""#),
            ("www-authenticate", "Negotiate"),
        ],
        "who are you?",
    );

    let response = AuthError::Proxy(Challenge::basic("proxy")).to_response::<String>();
    assert_eq!(response.status(), 407);
    assert_eq!(
        header_lines(&response),
        lines(&[TEXT, ("proxy-authenticate", r#"Basic realm="proxy""#)])
    );
    let response = AuthError::ProxyMore(None).to_response::<String>();
    assert_eq!(
        header_lines(&response),
        lines(&[TEXT, ("proxy-authenticate", r#"Basic realm="proxy""#)])
    );
    let response = AuthError::ProxyMore(Some(Challenge::bearer("p"))).to_response::<String>();
    assert_eq!(
        header_lines(&response),
        lines(&[
            TEXT,
            ("proxy-authenticate", r#"Basic realm="proxy""#),
            ("proxy-authenticate", r#"Bearer realm="p""#)
        ])
    );
}

#[test]
fn allow_from_methods() {
    #[derive(Debug, HttpStatusError)]
    #[status(405, message = "not here")]
    struct MethodNotAllowed(#[status(allow)] Vec<Method>);

    let response = MethodNotAllowed(vec![Method::GET, Method::HEAD]).to_response::<String>();
    assert_response(&response, 405, &[TEXT, ("allow", "GET, HEAD")], "not here");

    let response = MethodNotAllowed(Vec::new()).to_response::<String>();
    assert_eq!(header_lines(&response), lines(&[TEXT, ("allow", "")]));
}

#[test]
fn retry_after_from_seconds_duration_and_time() {
    #[derive(Debug, HttpStatusError)]
    enum Busy {
        #[status(429, message = "slow down")]
        Seconds(#[status(retry_after)] u64),
        #[status(503, message = "back soon")]
        Delay(#[status(retry_after)] Duration),
        #[status(503, message = "back at")]
        Until(#[status(retry_after)] SystemTime),
        #[status(413, temporary, message = "too large for now")]
        Large(#[status(retry_after)] Option<u32>),
    }

    let cases = [
        (Busy::Seconds(120), 429, "120", "slow down"),
        (
            Busy::Delay(Duration::from_millis(1001)),
            503,
            "2",
            "back soon",
        ),
        (
            Busy::Until(UNIX_EPOCH + Duration::from_secs(784_111_777)),
            503,
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "back at",
        ),
        (Busy::Large(Some(30)), 413, "30", "too large for now"),
    ];
    for (error, status, retry_after, body) in cases {
        let response = error.to_response::<String>();
        assert_response(
            &response,
            status,
            &[TEXT, ("retry-after", retry_after)],
            body,
        );
    }

    // A time before 1970 is long past: retry now.
    let response = Busy::Until(UNIX_EPOCH - Duration::from_secs(1)).to_response::<String>();
    assert_eq!(
        header_lines(&response),
        lines(&[TEXT, ("retry-after", "0")])
    );
    let response = Busy::Large(None).to_response::<String>();
    assert_eq!(header_lines(&response), lines(&[TEXT]));
}

#[test]
fn tuple_fields_bind_at_any_position() {
    // Fields of tuple variants are bound by position where that is shorter: the first of
    // several, one in the middle, the last, every one; variants writing the same lines share
    // an arm.
    #[derive(Debug, HttpStatusError)]
    enum Busy {
        #[status(429, message = "first {1}{2}")]
        First(#[status(retry_after)] u64, String, String),
        #[status(429, message = "middle {0}{2}")]
        Middle(&'static str, #[status(retry_after)] u64, u8),
        #[status(429, message = "last {0}{1}{2}")]
        Last(u8, u8, u8, #[status(retry_after)] u64),
        #[status(503, message = "both {1}")]
        Both(
            #[status(retry_after)] u64,
            #[status(header = "x-request-id")] String,
        ),
        #[status(429, message = "alone")]
        Alone(#[status(retry_after)] u64),
        #[status(429, message = "alone again")]
        AloneAgain(#[status(retry_after)] u64),
    }

    #[derive(Debug, HttpStatusError)]
    #[status(503, message = "struct {0}")]
    struct Down(u8, #[status(retry_after)] u64);

    let cases = [
        (
            Busy::First(1, "a".into(), "b".into()),
            429,
            "1",
            None,
            "first ab",
        ),
        (Busy::Middle("m", 2, 0), 429, "2", None, "middle m0"),
        (Busy::Last(0, 1, 2, 3), 429, "3", None, "last 012"),
        (
            Busy::Both(4, "id-4".into()),
            503,
            "4",
            Some("id-4"),
            "both id-4",
        ),
        (Busy::Alone(5), 429, "5", None, "alone"),
        (Busy::AloneAgain(6), 429, "6", None, "alone again"),
    ];
    for (error, status, retry_after, id, body) in cases {
        let mut expected = vec![TEXT, ("retry-after", retry_after)];
        expected.extend(id.map(|id| ("x-request-id", id)));
        assert_response(&error.to_response::<String>(), status, &expected, body);
    }
    assert_response(
        &Down(0, 7).to_response::<String>(),
        503,
        &[TEXT, ("retry-after", "7")],
        "struct 0",
    );
}

#[test]
fn content_range_from_length() {
    #[derive(Debug, HttpStatusError)]
    #[status(416, message = "range not satisfiable")]
    struct BadRange {
        #[status(content_range)]
        length: u64,
    }

    let response = BadRange { length: 1234 }.to_response::<String>();
    assert_eq!(response.status(), 416);
    assert_eq!(
        header_lines(&response),
        lines(&[TEXT, ("content-range", "bytes */1234")])
    );
}

#[test]
fn plain_header_fields_leave_out_what_cannot_be_sent() {
    #[derive(Debug, HttpStatusError)]
    #[status(404, header = "X-Trace: static", message = "no such thing")]
    struct NotFound {
        #[status(header = "X-Request-Id")]
        request_id: String,
        #[status(header = "x-trace")]
        trace: Option<u32>,
    }

    let response = NotFound {
        request_id: "42".to_owned(),
        trace: Some(7),
    }
    .to_response::<String>();
    // A header map keeps the lines of one name together, in the order they were added.
    assert_eq!(
        header_lines(&response),
        lines(&[
            TEXT,
            ("x-trace", "static"),
            ("x-trace", "7"),
            ("x-request-id", "42"),
        ])
    );

    for hostile in [
        "42\r\nSet-Cookie: session=stolen",
        "42\nx",
        "42\r",
        "a\0b",
        "\tleading tab",
        " leading",
        "trailing ",
        "ünicode",
        "del\u{7f}",
    ] {
        let response = NotFound {
            request_id: hostile.to_owned(),
            trace: None,
        }
        .to_response::<String>();
        assert_eq!(
            header_lines(&response),
            lines(&[TEXT, ("x-trace", "static")]),
            "{hostile:?}"
        );
    }
}

#[test]
fn field_headers_replace_what_the_map_held() {
    #[derive(Debug, HttpStatusError)]
    #[status(401, message = "again")]
    struct Again(#[status(www_authenticate)] [Challenge; 1]);

    let mut headers = http::HeaderMap::new();
    headers.insert("www-authenticate", http::HeaderValue::from_static("Old"));
    headers.insert("x-kept", http::HeaderValue::from_static("yes"));
    Again([Challenge::basic("new")]).write_headers(&mut headers);
    let mut written: Vec<(String, String)> = headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                value.to_str().expect("ASCII").to_owned(),
            )
        })
        .collect();
    written.sort();
    assert_eq!(
        written,
        lines(&[
            TEXT,
            ("www-authenticate", r#"Basic realm="new""#),
            ("x-kept", "yes"),
        ])
    );
}
