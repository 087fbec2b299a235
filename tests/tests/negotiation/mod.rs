//! What the negotiation tests of every server share: the `Accept` cases with the representation
//! each must bring, the body of each route in the representation it was not derived with, a
//! client that sends `Accept` lines byte for byte, and the checks.
//!
//! Each server is started twice, with and without its negotiating middleware: without it, the
//! same requests must get what `wire` expects, and success or hand-made responses must come out
//! of both byte for byte the same.

#![allow(dead_code, clippy::missing_panics_doc)]

use crate::wire::{self, Case, Exchange, CASES, IO_TIMEOUT, PROBLEM_CASES};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

/// A representation the response must come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    /// The type's own format, untouched.
    Own,
    Text,
    Problem,
    Json,
}

/// One request's `Accept` lines and what each kind of error must answer with.
pub struct AcceptCase {
    /// A name for the capture files.
    pub name: &'static str,
    /// The `Accept` field lines, sent as they are.
    pub lines: &'static [&'static [u8]],
    /// For a type whose own format is text.
    pub text_type: Sent,
    /// For a type whose own format is problem+json.
    pub problem_type: Sent,
}

const fn case(
    name: &'static str,
    lines: &'static [&'static [u8]],
    text_type: Sent,
    problem_type: Sent,
) -> AcceptCase {
    AcceptCase {
        name,
        lines,
        text_type,
        problem_type,
    }
}

use Sent::{Json, Own, Problem, Text};

/// Every `Accept` case, with the answer RFC 9110 §12.5.1 gives it.
pub const ACCEPT_CASES: &[AcceptCase] = &[
    case("absent", &[], Own, Own),
    case("problem", &[b"application/problem+json"], Problem, Own),
    case("json", &[b"application/json"], Json, Json),
    case("text", &[b"text/plain"], Own, Text),
    case("any", &[b"*/*"], Own, Own),
    case("application-any", &[b"application/*"], Problem, Own),
    case("text-any", &[b"text/*"], Own, Text),
    // q-values order the types.
    case(
        "q-text-first",
        &[b"application/json;q=0.4, text/plain;q=0.9"],
        Own,
        Text,
    ),
    case(
        "q-json-first",
        &[b"text/plain;q=0.5, application/json"],
        Json,
        Json,
    ),
    case(
        "q-three",
        &[b"application/problem+json;q=0.1, application/json;q=0.3, text/plain;q=0.2"],
        Json,
        Json,
    ),
    case(
        "q-thousandths",
        &[b"text/plain;q=0.001, application/problem+json;q=0.002"],
        Problem,
        Own,
    ),
    // A tie keeps the own format, else prefers problem details.
    case(
        "tie",
        &[b"application/json, application/problem+json"],
        Problem,
        Own,
    ),
    case(
        "tie-json-text",
        &[b"application/json, text/plain"],
        Own,
        Json,
    ),
    // The most specific range gives a type its weight.
    case(
        "specific",
        &[b"*/*;q=0.9, text/*;q=0.1, application/json;q=0.5"],
        Problem,
        Own,
    ),
    case(
        "specific-params",
        &[b"text/plain;q=0.9, text/plain;charset=utf-8;q=0.1, application/*;q=0.5"],
        Problem,
        Own,
    ),
    // q=0: not acceptable.
    case("zero-text", &[b"text/plain;q=0, */*"], Problem, Own),
    case(
        "zero-problem",
        &[b"application/problem+json;q=0, */*;q=0.5"],
        Own,
        Json,
    ),
    case("zero-all", &[b"*/*;q=0"], Own, Own),
    case(
        "zero-but-one",
        &[b"*/*;q=0, application/json;q=0.01"],
        Json,
        Json,
    ),
    // Nothing acceptable: the own format, never a 406.
    case("unknown", &[b"image/png"], Own, Own),
    case(
        "browser",
        &[b"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"],
        Own,
        Own,
    ),
    case("params", &[b"text/plain;charset=\"UTF-8\""], Own, Text),
    case("params-other", &[b"text/plain;format=flowed"], Own, Own),
    case(
        "json-charset",
        &[b"application/json; charset=utf-8"],
        Json,
        Json,
    ),
    case("case", &[b"Application/Problem+JSON"], Problem, Own),
    case(
        "two-lines",
        &[b"text/plain;q=0.1", b"application/json;q=0.2"],
        Json,
        Json,
    ),
    case("empty-elements", &[b", ,application/json,"], Json, Json),
    case("empty", &[b""], Own, Own),
    case("long", &[LONG.as_bytes()], Json, Json),
    // Malformed: as if absent.
    case("bad-q", &[b"application/json;q=2"], Own, Own),
    case("bad-q-digits", &[b"text/plain;q=0.1234"], Own, Own),
    case("bad-q-twice", &[b"text/plain;q=0.5;q=0.4"], Own, Own),
    case("bad-spaces", &[b"text/plain; q = 0.5"], Own, Own),
    case("bad-wildcard", &[b"*/json"], Own, Own),
    case("bad-subtype", &[b"text/"], Own, Own),
    case("bad-star", &[b"*"], Own, Own),
    case("bad-separator", &[b"application/json text/plain"], Own, Own),
    case("bad-quote", &[b"text/plain;a=\"open"], Own, Own),
    case("bad-byte", &[b"application/\xffjson"], Own, Own),
    case(
        "bad-second-line",
        &[b"text/plain", b"application/json;q=x"],
        Own,
        Own,
    ),
];

/// About 4 KB of ranges, the last one wanted.
const LONG: &str = concat!(
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, text/plain;q=0.5, ",
    "image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, image/png;q=0.9, ",
    "application/json;q=0.6",
);

/// The body of each route in the representation its type was not derived with: the problem
/// object of the text routes, the text of the problem routes. A 5xx says no more in one than in
/// the other.
pub const OTHER_BODIES: &[(&str, &str)] = &[
    (
        "/401",
        r#"{"title":"Unauthorized","status":401,"detail":"a token is required"}"#,
    ),
    ("/403", r#"{"title":"Not Found","status":404}"#),
    (
        "/405",
        r#"{"title":"Method Not Allowed","status":405,"detail":"this resource is read-only"}"#,
    ),
    (
        "/415",
        r#"{"title":"Unsupported Media Type","status":415,"detail":"send JSON"}"#,
    ),
    (
        "/416",
        r#"{"title":"Range Not Satisfiable","status":416,"detail":"the range is past the end"}"#,
    ),
    (
        "/429",
        r#"{"title":"Too Many Requests","status":429,"detail":"slow down"}"#,
    ),
    ("/500", r#"{"title":"Internal Server Error","status":500}"#),
    ("/503", r#"{"title":"Service Unavailable","status":503}"#),
    ("/problem/401", "a token is required"),
    ("/problem/404", "no user \"a\"b\""),
    ("/problem/405", "this resource is read-only"),
    ("/problem/500", "Internal Server Error"),
    ("/problem/503", "Service Unavailable"),
];

const TEXT_PLAIN: &str = "text/plain; charset=utf-8";
const PROBLEM_JSON: &str = "application/problem+json";
const JSON: &str = "application/json";

/// The response `route` must get under `accept`: its status, every header line but `Date`,
/// `Content-Length` and `Connection`, and its body.
pub fn expected(route: &Case, accept: &AcceptCase) -> (u16, Vec<(String, String)>, String) {
    let problem_route = route.path.starts_with("/problem/");
    let sent = if problem_route {
        accept.problem_type
    } else {
        accept.text_type
    };
    let other = OTHER_BODIES
        .iter()
        .find(|(path, _)| *path == route.path)
        .map(|(_, body)| *body)
        .expect("every route has its other body");
    let (content_type, body) = match (sent, problem_route) {
        (Own, _) => (None, route.body),
        (Text, true) => (Some(TEXT_PLAIN), other),
        (Problem, false) => (Some(PROBLEM_JSON), other),
        (Json, false) => (Some(JSON), other),
        (Json, true) => (Some(JSON), route.body),
        (Text, false) | (Problem, true) => panic!("{}: {sent:?} is the own format", route.path),
    };
    let mut headers: Vec<(String, String)> = route
        .headers
        .iter()
        .map(|&(name, value)| {
            let value = match content_type {
                Some(content_type) if name == "content-type" => content_type,
                _ => value,
            };
            (name.to_owned(), value.to_owned())
        })
        .collect();
    headers.push(("vary".to_owned(), "Accept".to_owned()));
    (route.status, headers, body.to_owned())
}

/// Sends `method path` with the `Accept` lines as they are, and reads the whole answer.
pub fn request(
    addr: SocketAddr,
    method: &'static str,
    path: &'static str,
    accept: &[&[u8]],
) -> Exchange {
    let mut stream = TcpStream::connect_timeout(&addr, IO_TIMEOUT).expect("connect");
    stream.set_read_timeout(Some(IO_TIMEOUT)).expect("timeout");
    stream.set_write_timeout(Some(IO_TIMEOUT)).expect("timeout");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: status-core-tests\r\nConnection: close\r\n"
    )
    .into_bytes();
    for line in accept {
        head.extend_from_slice(b"Accept: ");
        head.extend_from_slice(line);
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"\r\n");
    stream.write_all(&head).expect("write the request");
    let mut raw = Vec::new();
    (&mut stream)
        .take(1 << 20)
        .read_to_end(&mut raw)
        .expect("read the response");
    wire::parse(method, path, raw)
}

/// A path of its own for each request, so that each capture has its own file; the servers
/// route on the path alone.
fn tagged(path: &str, accept: &AcceptCase) -> &'static str {
    Box::leak(format!("{path}?accept={}", accept.name).into_boxed_str())
}

/// Asserts status, every header line (lines of one name in order), `Content-Length` and body.
pub fn check(exchange: &Exchange, status: u16, headers: &[(String, String)], body: &str) {
    let what = format!("{} {}", exchange.method, exchange.path);
    assert_eq!(exchange.status, status, "{what}: status");
    assert_eq!(exchange.values("date").len(), 1, "{what}: one Date line");
    assert_eq!(
        exchange.values("content-length"),
        [body.len().to_string()],
        "{what}: Content-Length counts the body sent for GET"
    );
    let mut sent: Vec<(&str, &str)> = exchange
        .headers
        .iter()
        .filter(|(n, _)| n != "date" && n != "content-length" && n != "connection")
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let mut expected: Vec<(&str, &str)> = headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    sent.sort_by_key(|&(name, _)| name);
    expected.sort_by_key(|&(name, _)| name);
    assert_eq!(sent, expected, "{what}: header lines");
    if exchange.method == "HEAD" {
        assert!(
            exchange.body.is_empty(),
            "{what}: a HEAD response has no body"
        );
    } else {
        assert_eq!(
            String::from_utf8_lossy(&exchange.body),
            body,
            "{what}: body"
        );
        let content_type = exchange.values("content-type");
        if content_type != [TEXT_PLAIN] {
            let object: serde_json::Value =
                serde_json::from_slice(&exchange.body).expect("a JSON body parses");
            assert_eq!(object["status"], status, "{what}: the status member");
        }
    }
    let raw = String::from_utf8_lossy(&exchange.raw);
    assert!(
        !raw.contains(wire::SECRET),
        "{what}: the 500's cause leaked"
    );
    assert!(!raw.contains("database"), "{what}: the 500's text leaked");
}

/// Every route under every `Accept` case, GET and HEAD, on the negotiating server at `addr`;
/// returns the exchanges.
pub fn check_all(addr: SocketAddr) -> Vec<Exchange> {
    let mut exchanges = Vec::new();
    for accept in ACCEPT_CASES {
        for route in CASES.iter().chain(PROBLEM_CASES) {
            let (status, headers, body) = expected(route, accept);
            let path = tagged(route.path, accept);
            for method in ["GET", "HEAD"] {
                let exchange = request(addr, method, path, accept.lines);
                check(&exchange, status, &headers, &body);
                exchanges.push(exchange);
            }
        }
    }
    exchanges
}

/// The server without negotiation answers every `Accept` case as `wire` expects: the derive
/// alone never looks at `Accept`.
pub fn check_without(addr: SocketAddr) {
    for accept in ACCEPT_CASES {
        for route in CASES.iter().chain(PROBLEM_CASES) {
            for method in ["GET", "HEAD"] {
                let exchange = request(addr, method, tagged(route.path, accept), accept.lines);
                wire::check(&exchange, route);
            }
        }
    }
}

/// The head and body without the `Date` line, which differs from one response to the next.
fn undated(exchange: &Exchange) -> Vec<u8> {
    let text = String::from_utf8_lossy(&exchange.raw);
    text.split("\r\n")
        .filter(|line| !line.to_ascii_lowercase().starts_with("date:"))
        .collect::<Vec<_>>()
        .join("\r\n")
        .into_bytes()
}

/// Success and a hand-made error come out of both servers byte for byte the same (but `Date`),
/// under every `Accept` case; `paths` are those responses' routes.
pub fn check_untouched(with: SocketAddr, without: SocketAddr, paths: &[&'static str]) {
    for accept in ACCEPT_CASES {
        for &path in paths {
            for method in ["GET", "HEAD"] {
                let ours = request(with, method, path, accept.lines);
                let theirs = request(without, method, path, accept.lines);
                assert_eq!(
                    String::from_utf8_lossy(&undated(&ours)),
                    String::from_utf8_lossy(&undated(&theirs)),
                    "{method} {path} with Accept case {}",
                    accept.name
                );
                assert!(
                    ours.values("vary").is_empty(),
                    "{method} {path}: no Vary added"
                );
            }
        }
    }
}

/// The negotiation tests every server runs against its `start(negotiate)`.
macro_rules! negotiation_tests {
    ($server:literal, $start:path, $untouched:expr) => {
        #[test]
        fn every_accept_case_on_the_wire() {
            wire::bounded(|| {
                let exchanges = negotiation::check_all($start(true));
                wire::httplint(concat!($server, "-negotiate"), &exchanges);
            });
        }

        #[test]
        fn without_the_middleware_accept_changes_nothing() {
            wire::bounded(|| negotiation::check_without($start(false)));
        }

        #[test]
        fn other_responses_pass_untouched() {
            wire::bounded(|| {
                negotiation::check_untouched($start(true), $start(false), $untouched);
            });
        }
    };
}
pub(crate) use negotiation_tests;
