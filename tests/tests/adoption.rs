//! The shapes real services need: format arguments as thiserror takes them, transparent
//! variants worded by the outer message, statuses chosen at run time, a default status; and one
//! small enum in the style of each ported service.

use http::StatusCode;
use status_core::{ErrorStatus, HttpStatusError};
use status_core_tests::{assert_response, respond, TEXT_PLAIN as TEXT};

const PROBLEM: (&str, &str) = ("content-type", "application/problem+json");

struct Message(&'static str);

impl Message {
    fn error_message(&self) -> String {
        format!("<{}>", self.0)
    }
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

#[derive(Debug, HttpStatusError)]
enum Args {
    #[status(400, message("{} of {max} fields", .fields.len(), max = 10))]
    TooMany { fields: Vec<String> },
    #[status(400, message("{}", .0.error_message()))]
    Method(Message),
    #[status(400, message("{1} before {0}, {name} at {2:>width$}", .a, .b, .pos, name = .a.to_uppercase(), width = 4))]
    Mixed { a: String, b: String, pos: u32 },
    #[status(400, message("{:.*} seconds", 2, .elapsed))]
    Precision { elapsed: f64 },
    #[status(400, message("{id} of {}", .total, ))]
    FieldAndArgument { id: u32, total: u32 },
}

#[test]
fn format_arguments_as_thiserror_takes_them() {
    let cases = [
        (
            Args::TooMany {
                fields: vec!["a".into(), "b".into()],
            },
            "2 of 10 fields",
        ),
        (Args::Method(Message("GET")), "<GET>"),
        (
            Args::Mixed {
                a: "x".into(),
                b: "y".into(),
                pos: 7,
            },
            "y before x, X at    7",
        ),
        (Args::Precision { elapsed: 1.23456 }, "1.23 seconds"),
        (Args::FieldAndArgument { id: 3, total: 9 }, "3 of 9"),
    ];
    for (error, body) in cases {
        assert_response(&respond(error), 400, &[TEXT], body);
    }
}

/// lldap's shape: every inner error worded by the outer one, in backticks.
#[derive(Debug, HttpStatusError)]
enum Inner {
    #[status(404, message = "no user {0}")]
    NoUser(String),
    #[status(503, retry_after = 30)]
    Down,
    #[status(401, www_authenticate = r#"Bearer realm="lldap""#, message = "expired")]
    Expired,
}

#[derive(Debug, HttpStatusError)]
enum Outer {
    #[status(transparent, message = "`{0}`")]
    Wrapped(Inner),
    #[status(transparent)]
    Plain(Inner),
}

impl std::fmt::Display for Inner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.body())
    }
}

#[test]
fn transparent_worded_by_the_outer_message() {
    assert_response(
        &respond(Outer::Wrapped(Inner::NoUser("ann".into()))),
        404,
        &[TEXT],
        "`no user ann`",
    );
    assert_response(
        &respond(Outer::Wrapped(Inner::Down)),
        503,
        &[TEXT, ("retry-after", "30")],
        "`Service Unavailable`",
    );
    assert_response(
        &respond(Outer::Wrapped(Inner::Expired)),
        401,
        &[TEXT, ("www-authenticate", r#"Bearer realm="lldap""#)],
        "`expired`",
    );
    assert_response(
        &respond(Outer::Plain(Inner::NoUser("ann".into()))),
        404,
        &[TEXT],
        "no user ann",
    );
}

/// A problem+json inner error worded by a text outer one: the outer format's content type.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum JsonInner {
    #[status(409, message = "taken")]
    Taken,
}

impl std::fmt::Display for JsonInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("taken")
    }
}

#[derive(Debug, HttpStatusError)]
enum TextOuter {
    #[status(transparent, message = "conflict: {0}")]
    Json(JsonInner),
}

#[test]
fn a_worded_transparent_variant_sends_its_own_content_type() {
    assert_response(
        &respond(TextOuter::Json(JsonInner::Taken)),
        409,
        &[TEXT],
        "conflict: taken",
    );
}

/// crates.io's shape: `custom(status, detail)` with a status chosen at run time.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum CratesIo {
    #[status(dynamic, message = "{detail}")]
    Custom {
        #[status(code)]
        status: ErrorStatus,
        detail: String,
    },
    #[status(
        dynamic,
        title = "Rate limited",
        problem_type = "/probs/limit",
        message = "{0}"
    )]
    Titled(String, #[status(code)] ErrorStatus),
    #[status(404, message = "crate `{0}` does not exist")]
    NotFound(String),
}

fn custom(status: StatusCode, detail: &str) -> CratesIo {
    CratesIo::Custom {
        status: ErrorStatus::try_from(status).expect("an error status"),
        detail: detail.to_owned(),
    }
}

#[test]
fn status_chosen_at_run_time() {
    assert_response(
        &respond(custom(StatusCode::FORBIDDEN, "must be an owner")),
        403,
        &[PROBLEM],
        r#"{"title":"Forbidden","status":403,"detail":"must be an owner"}"#,
    );
    assert_response(
        &respond(custom(
            StatusCode::PAYLOAD_TOO_LARGE,
            "max upload size is 10MB",
        )),
        413,
        &[PROBLEM],
        r#"{"title":"Content Too Large","status":413,"detail":"max upload size is 10MB"}"#,
    );
    assert_response(
        &respond(custom(StatusCode::BAD_GATEWAY, "index unreachable")),
        502,
        &[PROBLEM],
        r#"{"title":"Bad Gateway","status":502,"detail":"index unreachable"}"#,
    );
    assert_response(
        &respond(CratesIo::Titled(
            "later".into(),
            ErrorStatus::try_from(429).expect("an error status"),
        )),
        429,
        &[PROBLEM],
        r#"{"type":"/probs/limit","title":"Rate limited","status":429,"detail":"later"}"#,
    );
    assert_response(
        &respond(CratesIo::NotFound("serde".into())),
        404,
        &[PROBLEM],
        r#"{"title":"Not Found","status":404,"detail":"crate `serde` does not exist"}"#,
    );
}

#[test]
fn error_status_refuses_what_breaks_a_must_rule() {
    for (code, reason) in [
        (
            401,
            "401 cannot be chosen at run time: its response must carry WWW-Authenticate (RFC 9110 §15.5.2); use a variant with www_authenticate",
        ),
        (
            405,
            "405 cannot be chosen at run time: its response must carry Allow (RFC 9110 §15.5.6); use a variant with allow",
        ),
        (
            407,
            "407 cannot be chosen at run time: its response must carry Proxy-Authenticate (RFC 9110 §15.5.8); use a variant with proxy_authenticate",
        ),
        (
            426,
            "426 cannot be chosen at run time: its response must carry Upgrade (RFC 9110 §15.5.22); use a variant with upgrade",
        ),
        (418, "418 is reserved and cannot be assigned (RFC 9110 §15.5.19)"),
        (
            200,
            "200 is not an error status: expected a 4xx or 5xx code (RFC 9110 §15.5, §15.6)",
        ),
        (
            302,
            "302 is not an error status: expected a 4xx or 5xx code (RFC 9110 §15.5, §15.6)",
        ),
        (
            499,
            "499 is not in the IANA HTTP Status Code Registry (RFC 9110 §16.2.1)",
        ),
        (
            600,
            "600 is not an error status: expected a 4xx or 5xx code (RFC 9110 §15.5, §15.6)",
        ),
        (
            0,
            "0 is not an error status: expected a 4xx or 5xx code (RFC 9110 §15.5, §15.6)",
        ),
    ] {
        let refused = ErrorStatus::try_from(code).expect_err("refused");
        assert_eq!(refused.to_string(), reason);
        if let Ok(status) = StatusCode::from_u16(code) {
            assert_eq!(ErrorStatus::try_from(status), Err(refused));
        }
    }
    let status = ErrorStatus::try_from(422).expect("accepted");
    assert_eq!(status.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(status.title(), "Unprocessable Content");
    assert_eq!(status.to_string(), "422 Unprocessable Content");
    assert_eq!(StatusCode::from(status), 422);
}

/// kanidm's shape: a dozen variants mapped, the rest a 500.
#[derive(Debug, HttpStatusError)]
#[status(default = 500)]
#[allow(dead_code)] // the fields are read by Debug, which the lint does not count
enum Kanidm {
    #[status(
        401,
        www_authenticate = r#"Bearer realm="kanidm""#,
        message = "session expired"
    )]
    SessionExpired,
    #[status(404, message = "no such entry")]
    NoMatchingEntries,
    #[status(409, message = "{0} already exists")]
    AlreadyExists(String),
    Backend(std::io::Error),
    CryptographyError,
    InvalidState {
        reason: String,
    },
}

impl std::fmt::Display for Kanidm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

#[test]
fn default_status_for_unmarked_variants() {
    assert_response(
        &respond(Kanidm::SessionExpired),
        401,
        &[TEXT, ("www-authenticate", r#"Bearer realm="kanidm""#)],
        "session expired",
    );
    assert_response(
        &respond(Kanidm::NoMatchingEntries),
        404,
        &[TEXT],
        "no such entry",
    );
    assert_response(
        &respond(Kanidm::AlreadyExists("group".into())),
        409,
        &[TEXT],
        "group already exists",
    );
    for error in [
        Kanidm::Backend(std::io::Error::other("disk")),
        Kanidm::CryptographyError,
        Kanidm::InvalidState {
            reason: "secret".into(),
        },
    ] {
        assert_response(&respond(error), 500, &[TEXT], "Internal Server Error");
    }
}

/// realworld's shape: problem details whose `errors` member maps fields to messages.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum RealWorld {
    #[status(422, message = "validation failed")]
    Validation {
        #[status(extension)]
        errors: std::collections::BTreeMap<&'static str, Vec<&'static str>>,
    },
    #[status(
        401,
        www_authenticate = r#"Token realm="conduit""#,
        message = "login required"
    )]
    Unauthorized,
    #[status(403, conceal)]
    Forbidden,
}

#[test]
fn realworld_shape() {
    let errors = [("email", vec!["has already been taken"])]
        .into_iter()
        .collect();
    assert_response(
        &respond(RealWorld::Validation { errors }),
        422,
        &[PROBLEM],
        r#"{"title":"Unprocessable Content","status":422,"detail":"validation failed","errors":{"email":["has already been taken"]}}"#,
    );
    assert_response(
        &respond(RealWorld::Unauthorized),
        401,
        &[PROBLEM, ("www-authenticate", r#"Token realm="conduit""#)],
        r#"{"title":"Unauthorized","status":401,"detail":"login required"}"#,
    );
    assert_response(
        &respond(RealWorld::Forbidden),
        404,
        &[PROBLEM],
        r#"{"title":"Not Found","status":404}"#,
    );
}
