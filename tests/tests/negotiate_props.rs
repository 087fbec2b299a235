//! Negotiation over random `Accept` fields, through `NegotiateLayer` in process:
//!
//! - any field value (random bytes, and soups of the pieces `Accept` is made of) brings one of
//!   the three media types, a body that parses in it and says what the error's problem says,
//!   the status and every other header of the response without the layer, and `Vary: Accept`;
//! - any well-formed field (the derive's own `Accept` grammar, compiled here as in
//!   `agreement.rs`, accepts each one generated) brings the type a plain reading of RFC 9110
//!   §12.5.1 picks, written out below as a second implementation.

#[allow(dead_code, unused_imports)]
#[path = "../../status-derive/src/grammar/mod.rs"]
mod grammar;

use axum::response::IntoResponse;
use http::{HeaderValue, Request, Response};
use proptest::prelude::*;
use status_core::{HttpStatusError, NegotiateLayer};
use std::convert::Infallible;
use tower::{service_fn, Layer, ServiceExt};

const TEXT: &str = "text/plain; charset=utf-8";
const PROBLEM: &str = "application/problem+json";
const JSON: &str = "application/json";

#[derive(Debug, Clone, HttpStatusError)]
#[allow(dead_code)] // a 5xx's cause is kept, and never sent
enum TextError {
    #[status(405, allow = "GET, HEAD", message = "read-only")]
    ReadOnly,

    #[status(
        401,
        www_authenticate = r#"Bearer realm="api""#,
        www_authenticate = r#"Basic realm="api""#,
        message = "sign in"
    )]
    Unauthenticated,

    #[status(500)]
    Database(String),

    #[status(503, retry_after = 120)]
    Maintenance,
}

#[derive(Debug, Clone, HttpStatusError)]
#[status(format = "problem+json")]
#[allow(dead_code)] // a 5xx's cause is kept, and never sent
enum ProblemError {
    #[status(404, problem_type = "/probs/no-user", message = "no user \"{user}\"")]
    NoUser {
        #[status(extension)]
        user: String,
    },

    #[status(429, message = "slow down")]
    TooMany(#[status(retry_after)] u64),

    #[status(500)]
    Database(String),
}

/// The errors the properties pick from: index, and whether the type's own format is text.
const ERRORS: usize = 7;

fn error(index: usize) -> (Response<String>, status_core::Problem) {
    fn both<E: HttpStatusError + Clone>(error: E) -> (Response<String>, status_core::Problem)
    where
        Response<String>: From<E>,
    {
        let problem = error.problem();
        (Response::from(error), problem)
    }
    match index % ERRORS {
        0 => both(TextError::ReadOnly),
        1 => both(TextError::Unauthenticated),
        2 => both(TextError::Database("password=hunter2".into())),
        3 => both(TextError::Maintenance),
        4 => both(ProblemError::NoUser {
            user: "a\"b".into(),
        }),
        5 => both(ProblemError::TooMany(30)),
        _ => both(ProblemError::Database("password=hunter2".into())),
    }
}

/// The response of error `index` through the layer, for a request with these `Accept` lines.
fn negotiated(index: usize, accept: &[HeaderValue]) -> Response<String> {
    let service = NegotiateLayer::new().layer(service_fn(move |_: Request<()>| async move {
        Ok::<_, Infallible>(error(index).0)
    }));
    let mut request = Request::new(());
    for line in accept {
        request.headers_mut().append("accept", line.clone());
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    match runtime.block_on(service.oneshot(request)) {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

/// Every line but `Content-Type` and `Vary`, in order.
fn other_lines(response: &Response<String>) -> Vec<(String, HeaderValue)> {
    response
        .headers()
        .iter()
        .filter(|(name, _)| *name != "content-type" && *name != "vary")
        .map(|(name, value)| (name.as_str().to_owned(), value.clone()))
        .collect()
}

/// The invariants of any negotiated response: returns its media type.
fn check_any(index: usize, accept: &[HeaderValue]) -> Result<&'static str, TestCaseError> {
    let (plain, problem) = error(index);
    let response = negotiated(index, accept);
    prop_assert_eq!(response.status(), plain.status());
    prop_assert_eq!(other_lines(&response), other_lines(&plain));
    let vary: Vec<_> = response.headers().get_all("vary").iter().collect();
    prop_assert_eq!(vary, [HeaderValue::from_static("Accept")]);
    let content_types: Vec<_> = response.headers().get_all("content-type").iter().collect();
    prop_assert_eq!(content_types.len(), 1);
    let body = response.body();
    let sent = match content_types[0].to_str() {
        Ok(TEXT) => {
            prop_assert_eq!(body.as_str(), problem.text());
            TEXT
        }
        Ok(media_type @ (PROBLEM | JSON)) => {
            let object: serde_json::Value = serde_json::from_str(body)
                .map_err(|e| TestCaseError::fail(format!("{media_type} body {body:?}: {e}")))?;
            let expected = serde_json::to_value(&problem).expect("a problem serializes");
            prop_assert_eq!(&object, &expected);
            prop_assert_eq!(&object["status"], response.status().as_u16());
            if media_type == PROBLEM {
                PROBLEM
            } else {
                JSON
            }
        }
        other => return Err(TestCaseError::fail(format!("Content-Type {other:?}"))),
    };
    prop_assert!(!body.contains("hunter2"), "a 5xx stays opaque: {}", body);
    Ok(sent)
}

/// What a well-formed field asks for, read plainly from RFC 9110 §12.5.1: each offered type
/// takes the weight of the most specific range naming it (the first of equals), 0 when none
/// does; the heaviest type above 0 wins, a tie going to the own format, then problem details,
/// JSON, text; nothing above 0 leaves the own format.
fn model(ranges: &[(&str, u16)], own: &'static str) -> &'static str {
    let offers: Vec<&'static str> = [own]
        .into_iter()
        .chain([PROBLEM, JSON, TEXT].into_iter().filter(|t| *t != own))
        .collect();
    let mut best = (own, 0);
    for offer in offers {
        let (kind, rest) = offer.split_once('/').expect("a media type");
        let subtype = rest.split(';').next().expect("a subtype").trim();
        let mut weight: Option<(usize, u16)> = None;
        for &(range, q) in ranges {
            let range = range.to_ascii_lowercase();
            let mut parts = range.split(';');
            let essence = parts.next().expect("an essence");
            let params: Vec<&str> = parts.map(str::trim).collect();
            let (rkind, rsubtype) = essence.split_once('/').expect("a range");
            let specificity = if rkind == "*" {
                0
            } else if rkind != kind {
                continue;
            } else if rsubtype == "*" {
                1
            } else if rsubtype != subtype {
                continue;
            } else if params.iter().all(|p| *p == "charset=utf-8") {
                // Each offer is UTF-8; no other parameter is one of theirs.
                2 + params.len()
            } else {
                continue;
            };
            if weight.map_or(true, |(s, _)| specificity > s) {
                weight = Some((specificity, q));
            }
        }
        let q = weight.map_or(0, |(_, q)| q);
        if q > best.1 {
            best = (offer, q);
        }
    }
    best.0
}

/// The media ranges the structured fields are made of.
const RANGES: &[&str] = &[
    "*/*",
    "text/*",
    "application/*",
    "image/*",
    "text/plain",
    "TEXT/PLAIN",
    "text/plain;charset=utf-8",
    "text/plain;format=flowed",
    "text/html",
    "application/json",
    "application/json;charset=utf-8",
    "application/problem+json",
    "Application/Problem+JSON",
    "application/xml",
];

/// A qvalue as written: `q` thousandths, with or without trailing zeros.
fn qvalue(q: u16, trim: bool) -> String {
    let full = format!("{}.{:03}", q / 1000, q % 1000);
    if trim {
        full.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        full
    }
}

fn weight() -> impl Strategy<Value = Option<(u16, bool, bool)>> {
    prop_oneof![
        Just(None),
        (
            prop_oneof![Just(0_u16), Just(1000), 0_u16..=1000],
            any::<bool>(),
            any::<bool>()
        )
            .prop_map(Some),
    ]
}

/// A well-formed field: ranges with optional weights, separators with and without spaces.
fn field() -> impl Strategy<Value = (Vec<(&'static str, u16)>, String)> {
    prop::collection::vec(
        (prop::sample::select(RANGES), weight(), any::<bool>()),
        1..7,
    )
    .prop_map(|elements| {
        let mut ranges = Vec::new();
        let mut text = String::new();
        for (i, (range, weight, spaced)) in elements.into_iter().enumerate() {
            if i > 0 {
                text.push_str(if spaced { ", " } else { "," });
            }
            text.push_str(range);
            let q = match weight {
                Some((q, trim, spaced)) => {
                    text.push_str(if spaced { " ; q=" } else { ";q=" });
                    text.push_str(&qvalue(q, trim));
                    q
                }
                None => 1000,
            };
            ranges.push((range, q));
        }
        (ranges, text)
    })
}

/// Strings made of the pieces of `Accept`, mostly malformed.
fn soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "text",
        "plain",
        "application",
        "json",
        "problem+json",
        "*",
        "/",
        ";",
        ",",
        " ",
        "\t",
        "q",
        "=",
        "0",
        "1",
        ".",
        "5",
        "000",
        "\"",
        "\\",
        "charset",
        "utf-8",
        "Q=",
        "é",
        "\u{7f}",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
}

fn lines_of(bytes: &[Vec<u8>]) -> Vec<HeaderValue> {
    bytes
        .iter()
        .filter_map(|b| HeaderValue::from_bytes(b).ok())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn any_bytes_bring_one_of_three_types(
        index in 0..ERRORS,
        lines in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..64), 0..3),
    ) {
        check_any(index, &lines_of(&lines))?;
    }

    #[test]
    fn any_soup_brings_one_of_three_types(index in 0..ERRORS, soup in soup()) {
        let lines: Vec<_> = HeaderValue::from_str(&soup).into_iter().collect();
        check_any(index, &lines)?;
    }

    #[test]
    fn a_well_formed_field_brings_what_the_rfc_asks((ranges, text) in field(), index in 0..ERRORS) {
        prop_assert_eq!(grammar::accept(&text), Ok(()), "the sender's grammar accepts {}", text);
        let own = if index % ERRORS < 4 { TEXT } else { PROBLEM };
        let sent = check_any(index, &[HeaderValue::from_str(&text).expect("a field value")])?;
        prop_assert_eq!(sent, model(&ranges, own), "Accept: {}", text);
    }
}

#[test]
fn no_accept_keeps_the_own_format() {
    for index in 0..ERRORS {
        let own = if index < 4 { TEXT } else { PROBLEM };
        assert_eq!(check_any(index, &[]).expect("the invariants hold"), own);
    }
}

/// Outside a layer the conversions leave the response's extensions empty: the representation
/// is made only for a layer.
#[test]
fn without_a_layer_nothing_is_recorded() {
    let response = Response::<String>::from(TextError::ReadOnly);
    assert!(response.extensions().is_empty());
    let response = ProblemError::TooMany(3).into_response();
    assert!(response.extensions().is_empty());
    // The borrowing conversion never records, inside a layer or not.
    let service = NegotiateLayer::new().layer(service_fn(|_: Request<()>| async {
        Ok::<_, Infallible>(TextError::ReadOnly.to_response::<String>())
    }));
    let request = Request::builder()
        .header("accept", "application/json")
        .body(())
        .expect("a request");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let response = match runtime.block_on(service.oneshot(request)) {
        Ok(response) => response,
        Err(never) => match never {},
    };
    assert_eq!(response.headers()["content-type"], TEXT);
    assert!(response.headers().get("vary").is_none());
    assert_eq!(response.body(), "read-only");
}

/// Two layers, one inside the other: the inner one negotiates, the outer one finds nothing
/// left to do, and `Vary` is written once.
#[test]
fn nested_layers_negotiate_once() {
    let service = NegotiateLayer::new().layer(NegotiateLayer::new().layer(service_fn(
        |_: Request<()>| async {
            Ok::<_, Infallible>(Response::<String>::from(TextError::Maintenance))
        },
    )));
    let request = Request::builder()
        .header("accept", "application/problem+json")
        .body(())
        .expect("a request");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let response = match runtime.block_on(service.oneshot(request)) {
        Ok(response) => response,
        Err(never) => match never {},
    };
    assert_eq!(response.status(), 503);
    assert_eq!(
        status_core_tests::header_lines(&response),
        status_core_tests::lines(&[
            ("content-type", PROBLEM),
            ("retry-after", "120"),
            ("vary", "Accept"),
        ])
    );
    assert_eq!(
        response.body(),
        r#"{"title":"Service Unavailable","status":503}"#
    );
}

/// `{"errors":[{"detail":"..."}]}` under `application/json`: a format of the application's own.
struct Errors;

impl status_core::Format for Errors {
    const CONTENT_TYPE: &'static str = "application/json";

    fn render(problem: &status_core::Problem) -> String {
        serde_json::json!({ "errors": [{ "detail": problem.text() }] }).to_string()
    }
}

/// A type with a format of its own offers it under its content type, which then stands for the
/// built-in type of that name; the other two are still offered.
#[test]
fn a_format_of_the_application() {
    #[derive(Debug, HttpStatusError)]
    #[status(format = Errors)]
    enum ApiError {
        #[status(404, message = "no crate `{0}`")]
        NoCrate(String),
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let cases: [(Option<&str>, &str, &str); 6] = [
        (None, JSON, r#"{"errors":[{"detail":"no crate `serde`"}]}"#),
        (
            Some("application/json"),
            JSON,
            r#"{"errors":[{"detail":"no crate `serde`"}]}"#,
        ),
        (
            Some("*/*"),
            JSON,
            r#"{"errors":[{"detail":"no crate `serde`"}]}"#,
        ),
        (
            Some("application/problem+json"),
            PROBLEM,
            r#"{"title":"Not Found","status":404,"detail":"no crate `serde`"}"#,
        ),
        (Some("text/*"), TEXT, "no crate `serde`"),
        (
            Some("application/json;q=0.5, text/plain"),
            TEXT,
            "no crate `serde`",
        ),
    ];
    for (accept, content_type, body) in cases {
        let service = NegotiateLayer::new().layer(service_fn(|_: Request<()>| async {
            Ok::<_, Infallible>(Response::<String>::from(ApiError::NoCrate("serde".into())))
        }));
        let mut request = Request::new(());
        if let Some(accept) = accept {
            request
                .headers_mut()
                .insert("accept", HeaderValue::from_static(accept));
        }
        let response = match runtime.block_on(service.oneshot(request)) {
            Ok(response) => response,
            Err(never) => match never {},
        };
        assert_eq!(response.status(), 404, "{accept:?}");
        assert_eq!(
            status_core_tests::header_lines(&response),
            status_core_tests::lines(&[("content-type", content_type), ("vary", "Accept")]),
            "{accept:?}"
        );
        assert_eq!(response.body(), body, "{accept:?}");
    }
}
