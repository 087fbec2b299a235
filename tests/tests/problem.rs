//! `#[status(format = "problem+json")]`: RFC 9457 bodies, the whole object asserted member by
//! member for each seed code, and the headers beside them.

use serde::Serialize;
use serde_json::{json, Value};
use status_core::HttpStatusError;
use status_core_tests::{header_lines, lines, problem_of, respond};
use std::fmt;

const PROBLEM_JSON: (&str, &str) = ("content-type", "application/problem+json");

/// The body parsed, after checking that its members come in the RFC's order.
fn object(response: &http::Response<String>) -> Value {
    let body = response.body();
    let order = [
        "\"type\"",
        "\"title\"",
        "\"status\"",
        "\"detail\"",
        "\"instance\"",
    ];
    let positions: Vec<usize> = order.iter().filter_map(|name| body.find(name)).collect();
    assert!(
        positions.windows(2).all(|pair| pair[0] < pair[1]),
        "members out of order: {body}"
    );
    problem_of(response)
}

#[derive(Debug)]
struct Cause;

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("password=hunter2 at db.internal:5432")
    }
}

impl std::error::Error for Cause {}

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum Api {
    #[status(400, message = "invalid JSON at byte {0}")]
    BadJson(usize),
    #[status(401, www_authenticate = r#"Bearer realm="api""#)]
    Unauthenticated,
    #[status(
        403,
        problem_type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit.",
        message = "Your current balance is {balance}, but that costs {price}."
    )]
    OutOfCredit {
        #[status(extension)]
        balance: u64,
        price: u64,
        #[status(extension = "accounts")]
        account_paths: Vec<String>,
        #[status(instance)]
        instance: String,
    },
    #[status(404, message = "no user {id}")]
    NoUser { id: u64 },
    #[status(405, allow = "GET, HEAD", message = "read-only")]
    ReadOnly,
    #[status(409, message = "version {expected} expected, found {found}")]
    Stale {
        #[status(extension)]
        expected: u64,
        #[status(extension)]
        found: u64,
    },
    #[status(415, accept = "application/json", message = "send JSON")]
    NotJson,
    #[status(500)]
    Database(Cause),
    #[status(502)]
    Upstream(Cause),
    #[status(503, retry_after = 120)]
    Maintenance,
    #[status(504)]
    Timeout(Cause),
}

impl fmt::Display for Api {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("sign in first")
    }
}

/// An error, its status, every header line, and the problem object.
type Case = (Api, u16, Vec<(&'static str, &'static str)>, Value);

#[test]
fn seed_codes_as_problem_details() {
    let cases: Vec<Case> = vec![
        (
            Api::BadJson(17),
            400,
            vec![PROBLEM_JSON],
            json!({"title": "Bad Request", "status": 400, "detail": "invalid JSON at byte 17"}),
        ),
        (
            Api::Unauthenticated,
            401,
            vec![PROBLEM_JSON, ("www-authenticate", r#"Bearer realm="api""#)],
            json!({"title": "Unauthorized", "status": 401, "detail": "sign in first"}),
        ),
        (
            Api::OutOfCredit {
                balance: 30,
                price: 50,
                account_paths: vec!["/account/12345".into(), "/account/67890".into()],
                instance: "/account/12345/msgs/abc".into(),
            },
            403,
            vec![PROBLEM_JSON],
            json!({
                "type": "https://example.com/probs/out-of-credit",
                "title": "You do not have enough credit.",
                "status": 403,
                "detail": "Your current balance is 30, but that costs 50.",
                "instance": "/account/12345/msgs/abc",
                "balance": 30,
                "accounts": ["/account/12345", "/account/67890"],
            }),
        ),
        (
            Api::NoUser { id: 7 },
            404,
            vec![PROBLEM_JSON],
            json!({"title": "Not Found", "status": 404, "detail": "no user 7"}),
        ),
        (
            Api::ReadOnly,
            405,
            vec![PROBLEM_JSON, ("allow", "GET, HEAD")],
            json!({"title": "Method Not Allowed", "status": 405, "detail": "read-only"}),
        ),
        (
            Api::Stale {
                expected: 3,
                found: 2,
            },
            409,
            vec![PROBLEM_JSON],
            json!({
                "title": "Conflict",
                "status": 409,
                "detail": "version 3 expected, found 2",
                "expected": 3,
                "found": 2,
            }),
        ),
        (
            Api::NotJson,
            415,
            vec![PROBLEM_JSON, ("accept", "application/json")],
            json!({"title": "Unsupported Media Type", "status": 415, "detail": "send JSON"}),
        ),
        (
            Api::Database(Cause),
            500,
            vec![PROBLEM_JSON],
            json!({"title": "Internal Server Error", "status": 500}),
        ),
        (
            Api::Upstream(Cause),
            502,
            vec![PROBLEM_JSON],
            json!({"title": "Bad Gateway", "status": 502}),
        ),
        (
            Api::Maintenance,
            503,
            vec![PROBLEM_JSON, ("retry-after", "120")],
            json!({"title": "Service Unavailable", "status": 503}),
        ),
        (
            Api::Timeout(Cause),
            504,
            vec![PROBLEM_JSON],
            json!({"title": "Gateway Timeout", "status": 504}),
        ),
    ];
    for (error, status, headers, expected) in cases {
        let response = respond(error);
        assert_eq!(response.status().as_u16(), status);
        assert_eq!(header_lines(&response), lines(&headers), "{status}");
        assert_eq!(object(&response), expected, "{status}");
        assert!(!response.body().contains("hunter2"), "{status} leaks");
    }
}

#[test]
fn extension_order_follows_the_fields() {
    let response = respond(Api::Stale {
        expected: 3,
        found: 2,
    });
    assert_eq!(
        response.body(),
        r#"{"title":"Conflict","status":409,"detail":"version 3 expected, found 2","expected":3,"found":2}"#
    );
}

#[derive(Debug, Serialize)]
struct Violation {
    pointer: String,
    detail: String,
}

#[derive(Debug, HttpStatusError)]
#[status(
    422,
    format = "problem+json",
    problem_type = "/types/validation",
    title = "Your request is not valid.",
    message = "{count} problems"
)]
struct Invalid {
    count: usize,
    #[status(extension)]
    errors: Vec<Violation>,
}

#[test]
fn struct_with_structured_extension() {
    let response = respond(Invalid {
        count: 1,
        errors: vec![Violation {
            pointer: "#/age".into(),
            detail: "must be a positive integer".into(),
        }],
    });
    assert_eq!(response.status(), 422);
    assert_eq!(header_lines(&response), lines(&[PROBLEM_JSON]));
    assert_eq!(
        object(&response),
        json!({
            "type": "/types/validation",
            "title": "Your request is not valid.",
            "status": 422,
            "detail": "1 problems",
            "errors": [{"pointer": "#/age", "detail": "must be a positive integer"}],
        })
    );
}

#[test]
fn about_blank_is_the_absent_type() {
    let response = respond(Api::NoUser { id: 1 });
    let object = object(&response);
    assert!(object.get("type").is_none(), "{object}");
    assert!(object.get("instance").is_none(), "{object}");
}

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum Hidden {
    // A concealed variant answers a plain 404: its extension members are not sent either.
    #[status(403, conceal)]
    Forbidden {
        #[status(extension)]
        #[allow(dead_code)]
        owner: String,
    },
    #[status(503, expose, message = "the queue is full")]
    Full {
        #[status(extension)]
        queued: u32,
    },
    #[status(500, expose)]
    Exposed(Cause),
    #[status(transparent)]
    Inner(Plain),
}

/// A text type wrapped by a problem+json type.
#[derive(Debug, HttpStatusError)]
enum Plain {
    #[status(429, retry_after = 5, message = "slow down")]
    Limited,
}

impl fmt::Display for Hidden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hidden::Exposed(cause) => write!(f, "exposed: {cause}"),
            _ => f.write_str("hidden"),
        }
    }
}

#[test]
fn conceal_expose_and_transparent() {
    let response = respond(Hidden::Forbidden {
        owner: "alice".into(),
    });
    assert_eq!(response.status(), 404);
    assert_eq!(
        object(&response),
        json!({"title": "Not Found", "status": 404})
    );

    let response = respond(Hidden::Full { queued: 12 });
    assert_eq!(
        object(&response),
        json!({"title": "Service Unavailable", "status": 503, "detail": "the queue is full", "queued": 12})
    );

    let response = respond(Hidden::Exposed(Cause));
    assert_eq!(
        object(&response),
        json!({
            "title": "Internal Server Error",
            "status": 500,
            "detail": "exposed: password=hunter2 at db.internal:5432",
        })
    );

    // Status and headers from the inner error; the body in the outer type's format.
    let response = respond(Hidden::Inner(Plain::Limited));
    assert_eq!(response.status(), 429);
    assert_eq!(
        header_lines(&response),
        lines(&[PROBLEM_JSON, ("retry-after", "5")])
    );
    assert_eq!(
        object(&response),
        json!({"title": "Too Many Requests", "status": 429, "detail": "slow down"})
    );
}

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum Fields {
    #[status(404, message = "no {kind}")]
    Missing {
        #[status(extension)]
        kind: String,
        #[status(extension)]
        hint: Option<String>,
        #[status(instance)]
        trace: u64,
    },
}

#[test]
fn extension_types_and_instance_from_display() {
    let response = respond(Fields::Missing {
        kind: "repo".into(),
        hint: None,
        trace: 42,
    });
    assert_eq!(
        response.body(),
        r#"{"title":"Not Found","status":404,"detail":"no repo","instance":"42","kind":"repo","hint":null}"#
    );
}

proptest::proptest! {
    /// Text from fields is escaped by serde_json: every body parses, and round-trips the text.
    #[test]
    fn any_text_from_fields_round_trips(kind in ".*", hint in proptest::option::of(".*"), trace: u64) {
        let response = respond(Fields::Missing { kind: kind.clone(), hint: hint.clone(), trace });
        let object: Value = serde_json::from_str(response.body()).expect("parses");
        proptest::prop_assert_eq!(&object["detail"], &json!(format!("no {kind}")));
        proptest::prop_assert_eq!(&object["kind"], &json!(kind));
        proptest::prop_assert_eq!(&object["hint"], &json!(hint));
        proptest::prop_assert_eq!(&object["instance"], &json!(trace.to_string()));
        proptest::prop_assert_eq!(&object["status"], &json!(404));
    }
}

#[test]
fn quotes_backslashes_controls_and_non_ascii_are_escaped() {
    let kind = "\"now\" \\ \u{0}\u{1f}\r\n\t é 🦀 </script>";
    let response = respond(Fields::Missing {
        kind: kind.into(),
        hint: Some("\u{7f}\u{2028}".into()),
        trace: 1,
    });
    let body = response.body();
    assert!(
        !body.bytes().any(|b| b < 0x20),
        "raw control byte in {body:?}"
    );
    let object: Value = serde_json::from_str(body).expect("parses");
    assert_eq!(object["kind"], json!(kind));
    assert_eq!(object["hint"], json!("\u{7f}\u{2028}"));
}

/// Members known at compile time are written by the derive; they escape as `serde_json` escapes.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum Escaped {
    #[status(
        400,
        custom_title,
        title = "A \"quoted\" \\ title\twith é 🦀",
        message = "line one\nline two \u{1} \u{7f} </script>"
    )]
    Static,
    #[status(
        422,
        custom_title,
        nonstandard_extension_names,
        title = "tab\there",
        message = "bad {field}"
    )]
    Formatted {
        field: String,
        #[status(extension = "a \"key\"\n")]
        value: u64,
    },
}

#[test]
fn members_written_at_compile_time_escape_as_serde_json_does() {
    let json = |text: &str| serde_json::to_string(text).unwrap();
    let formatted = Escaped::Formatted {
        field: "\"x\"\r".into(),
        value: 7,
    };
    let cases = [
        (
            respond(Escaped::Static),
            400,
            format!(
                r#"{{"title":{},"status":400,"detail":{}}}"#,
                json("A \"quoted\" \\ title\twith é 🦀"),
                json("line one\nline two \u{1} \u{7f} </script>"),
            ),
        ),
        (
            respond(formatted),
            422,
            format!(
                r#"{{"title":{},"status":422,"detail":{},{}:7}}"#,
                json("tab\there"),
                json("bad \"x\"\r"),
                json("a \"key\"\n"),
            ),
        ),
    ];
    for (response, status, expected) in &cases {
        assert_eq!(response.status(), *status);
        assert_eq!(response.body(), expected);
    }
    let response = &cases[1].0;
    let object = object(response);
    assert_eq!(object["a \"key\"\n"], json!(7));
}

/// A map with keys that are not strings: `serde_json` cannot write it as JSON.
type Unwritable = std::collections::BTreeMap<(u8, u8), u8>;

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum LeftOut {
    #[status(409, message = "conflict")]
    Alone {
        #[status(extension)]
        pairs: Unwritable,
    },
    #[status(409, message = "conflict on {name}")]
    AfterDetail {
        name: String,
        #[status(extension)]
        pairs: Unwritable,
    },
    #[status(409, message = "conflict")]
    Between {
        #[status(extension)]
        before: u8,
        #[status(extension)]
        pairs: Unwritable,
        #[status(extension)]
        after: u8,
    },
}

#[test]
fn a_member_serde_json_cannot_write_is_left_out_with_its_key() {
    let pairs = || Unwritable::from([((1, 2), 3)]);
    let cases = [
        (
            LeftOut::Alone { pairs: pairs() },
            r#"{"title":"Conflict","status":409,"detail":"conflict"}"#,
        ),
        (
            LeftOut::AfterDetail {
                name: "x".into(),
                pairs: pairs(),
            },
            r#"{"title":"Conflict","status":409,"detail":"conflict on x"}"#,
        ),
        (
            LeftOut::Between {
                before: 1,
                pairs: pairs(),
                after: 2,
            },
            r#"{"title":"Conflict","status":409,"detail":"conflict","before":1,"after":2}"#,
        ),
    ];
    for (error, expected) in cases {
        let response = respond(error);
        assert_eq!(response.status(), 409);
        assert_eq!(response.body(), expected);
    }
}

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum Located {
    #[status(404, message = "no such page")]
    Page {
        #[status(instance)]
        path: String,
    },
}

#[test]
fn an_instance_alone_follows_the_static_members() {
    let response = respond(Located::Page {
        path: "/a\"b".into(),
    });
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.body(),
        r#"{"title":"Not Found","status":404,"detail":"no such page","instance":"/a\"b"}"#
    );
}
