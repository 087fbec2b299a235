//! SHOULD rules are warnings (`tests/ui/should` shows each one, denied); here every way of
//! meeting or silencing them compiles without a warning, and the responses are unchanged.
#![deny(deprecated)]

use status_core::HttpStatusError;
use status_core_tests::{assert_response, TEXT_PLAIN as TEXT};

#[derive(Debug, HttpStatusError)]
enum Silenced {
    #[status(416, no_content_range, message = "bad range")]
    Range,
    #[status(451, no_blocked_by, message = "blocked")]
    Legal,
    #[status(
        511,
        challenge_on_511,
        www_authenticate = r#"Basic realm="wifi""#,
        message = "log in"
    )]
    Portal,
    #[status(413, temporary, no_retry_after, message = "too large for now")]
    Large,
    #[status(405, allow = "GET, purge", lowercase_methods, message = "read only")]
    Custom,
    #[status(409, explained)]
    Conflict,
    #[status(505, expose)]
    Version,
}

impl std::fmt::Display for Silenced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("only HTTP/1.1 and HTTP/2 are supported")
    }
}

#[derive(Debug, thiserror::Error, HttpStatusError)]
enum Met {
    #[status(416, content_range = "bytes */100", message = "bad range")]
    #[error("bad range")]
    Range,
    #[status(451, blocked_by = "https://example.org/legal", message = "blocked")]
    #[error("blocked")]
    Legal,
    #[status(413, temporary, retry_after = 60, message = "too large for now")]
    #[error("too large")]
    Large,
    #[status(409)]
    #[error("version 3 was expected")]
    Conflict,
    #[status(429, message = "at most 10 requests a minute")]
    #[error("rate limited")]
    Limited,
}

#[test]
fn silenced_rules_change_nothing_on_the_wire() {
    let cases = [
        (Silenced::Range, 416, vec![TEXT], "bad range"),
        (Silenced::Legal, 451, vec![TEXT], "blocked"),
        (
            Silenced::Portal,
            511,
            vec![TEXT, ("www-authenticate", r#"Basic realm="wifi""#)],
            "log in",
        ),
        (Silenced::Large, 413, vec![TEXT], "too large for now"),
        (
            Silenced::Custom,
            405,
            vec![TEXT, ("allow", "GET, purge")],
            "read only",
        ),
        (
            Silenced::Conflict,
            409,
            vec![TEXT],
            "only HTTP/1.1 and HTTP/2 are supported",
        ),
        (
            Silenced::Version,
            505,
            vec![TEXT],
            "only HTTP/1.1 and HTTP/2 are supported",
        ),
    ];
    for (error, status, headers, body) in cases {
        let response = error.to_response::<String>();
        assert_response(&response, status, &headers, body);
    }
}

#[test]
fn met_rules_send_their_headers() {
    let cases = [
        (
            Met::Range,
            416,
            vec![TEXT, ("content-range", "bytes */100")],
            "bad range",
        ),
        (
            Met::Legal,
            451,
            vec![
                TEXT,
                ("link", r#"<https://example.org/legal>; rel="blocked-by""#),
            ],
            "blocked",
        ),
        (
            Met::Large,
            413,
            vec![TEXT, ("retry-after", "60")],
            "too large for now",
        ),
        (Met::Conflict, 409, vec![TEXT], "version 3 was expected"),
        (
            Met::Limited,
            429,
            vec![TEXT],
            "at most 10 requests a minute",
        ),
    ];
    for (error, status, headers, body) in cases {
        let response = error.to_response::<String>();
        assert_response(&response, status, &headers, body);
    }
}

/// RFC 9457's SHOULD rules, each met and each silenced.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum Problems {
    #[status(404, title = "No such user", custom_title, message = "no user")]
    CustomTitle,
    #[status(
        404,
        title = "No such user",
        problem_type = "https://example.com/probs/no-user",
        message = "no user"
    )]
    TitledType,
    #[status(
        404,
        problem_type = "probs/no-user",
        relative_problem_type,
        message = "no user"
    )]
    Relative,
    #[status(404, problem_type = "/probs/no-user", message = "no user")]
    FullPath,
    #[status(404, nonstandard_extension_names, message = "no user")]
    ShortName {
        #[status(extension = "id")]
        id: u64,
    },
}

#[test]
fn problem_rules_met_or_silenced() {
    let cases = [
        (
            Problems::CustomTitle,
            r#"{"title":"No such user","status":404,"detail":"no user"}"#,
        ),
        (
            Problems::TitledType,
            r#"{"type":"https://example.com/probs/no-user","title":"No such user","status":404,"detail":"no user"}"#,
        ),
        (
            Problems::Relative,
            r#"{"type":"probs/no-user","title":"Not Found","status":404,"detail":"no user"}"#,
        ),
        (
            Problems::FullPath,
            r#"{"type":"/probs/no-user","title":"Not Found","status":404,"detail":"no user"}"#,
        ),
        (
            Problems::ShortName { id: 7 },
            r#"{"title":"Not Found","status":404,"detail":"no user","id":7}"#,
        ),
    ];
    for (error, body) in cases {
        let response = error.to_response::<String>();
        assert_response(
            &response,
            404,
            &[("content-type", "application/problem+json")],
            body,
        );
    }
}

/// A `Link` with the blocked-by relation written with `header`, or from a field, meets the 451
/// rule as `blocked_by` does.
#[derive(Debug, HttpStatusError)]
enum LinkWritten {
    #[status(
        451,
        header = r#"Link: <https://example.org/legal>; rel="blocked-by""#,
        message = "blocked"
    )]
    Static,
    #[status(451, message = "blocked")]
    Field(#[status(header = "link")] String),
}

#[test]
fn link_header_meets_the_blocked_by_rule() {
    assert_response(
        &LinkWritten::Static.to_response::<String>(),
        451,
        &[
            TEXT,
            ("link", r#"<https://example.org/legal>; rel="blocked-by""#),
        ],
        "blocked",
    );
    assert_response(
        &LinkWritten::Field(r#"<https://example.org/b>; rel="blocked-by""#.into())
            .to_response::<String>(),
        451,
        &[
            TEXT,
            ("link", r#"<https://example.org/b>; rel="blocked-by""#),
        ],
        "blocked",
    );
}
