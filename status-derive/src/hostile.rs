//! The derive is fed token streams nobody would write, and must answer each with tokens (code
//! or compile errors), never a panic.

use crate::expand;
use proc_macro2::TokenStream;
use proptest::prelude::*;
use std::str::FromStr;

fn derive(source: &str) -> Option<TokenStream> {
    let input = TokenStream::from_str(source).ok()?;
    Some(expand::derive(input))
}

/// Pieces an attribute is assembled from: real keys, wrong literals, stray punctuation.
const PIECES: &[&str] = &[
    "404",
    "401",
    "0",
    "-1",
    "65536",
    "99999999999999999999999",
    "4_0_4",
    "404u8",
    "0x194",
    "1.5",
    "'x'",
    "b\"x\"",
    "true",
    "\"\"",
    "\"{\"",
    "\"}\"",
    "\"{0}\"",
    "\"{x}\"",
    "\"{}\"",
    "\"{0:>1$}\"",
    "\"{:?}\"",
    "\"\\r\\n\"",
    "\"\\0\"",
    "\"é\"",
    "r#\"Basic realm=\"a\"\"#",
    "\"GET,,POST\"",
    "\"Sun, 06 Nov 1994 08:49:37 GMT\"",
    "=",
    ",",
    "::",
    ":",
    ";",
    "#",
    "!",
    "(",
    ")",
    "[]",
    "{}",
    "(404)",
    "NOT_FOUND",
    "StatusCode::NOT_FOUND",
    "http::StatusCode",
    "OK",
    "IM_A_TEAPOT",
    "transparent",
    "conceal",
    "expose",
    "unregistered",
    "crate",
    "message",
    "allow",
    "www_authenticate",
    "proxy_authenticate",
    "retry_after",
    "accept",
    "accept_encoding",
    "upgrade",
    "content_range",
    "blocked_by",
    "header",
    "alow",
    "self",
    "Self",
    "r#type",
    "_",
    "'a",
];

fn attribute() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..8).prop_map(|pieces| pieces.join(" "))
}

fn literal() -> impl Strategy<Value = String> {
    any::<String>().prop_map(|text| format!("{text:?}"))
}

const SHAPES: &[&str] = &[
    "enum E { #[status(ATTR)] A }",
    "enum E { #[status(ATTR)] A(u8), #[status(404)] B }",
    "enum E<'a, T: Clone> where T: Copy { #[status(ATTR)] A { x: &'a T, y: u8 } }",
    "#[status(ATTR)] struct S;",
    "#[status(ATTR)] struct S(u8, u8);",
    "#[status(ATTR)] enum E { A }",
    "enum E { #[status(ATTR)] #[status(ATTR)] A }",
    "enum E { A { #[status(ATTR)] x: u8 } }",
    "union U { #[status(ATTR)] a: u8 }",
    "enum E {}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn assembled_attributes(shape in prop::sample::select(SHAPES), attr in attribute()) {
        let source = shape.replace("ATTR", &attr);
        if let Some(output) = derive(&source) {
            prop_assert!(!output.is_empty(), "no tokens for {source}");
        }
    }

    #[test]
    fn any_string_value(
        key in prop::sample::select(PIECES),
        value in literal(),
        code in 0u16..1000,
    ) {
        let source = format!("enum E {{ #[status({code}, {key} = {value})] A(u8) }}");
        derive(&source);
    }

    #[test]
    fn any_source(source in ".{0,64}") {
        derive(&source);
    }
}

#[test]
fn degenerate_inputs() {
    for source in [
        "",
        "enum",
        "struct S",
        "enum E { #[status] A }",
        "enum E { #[status = 404] A }",
        "enum E { #[status()] A }",
        "enum E { #[status(,,,)] A }",
        "enum E { #[status(404,,message=\"x\")] A }",
        "enum E { #[status(404, message)] A }",
        "enum E { #[status(404, message =)] A }",
        "enum E { #[status(404, header = \"\")] A }",
        "enum E { #[status(404, header = \":\")] A }",
        "enum E { #[status(404, message = \"{\")] A(u8) }",
        "enum E { #[status(404, message = \"{99999999999999999999}\")] A(u8) }",
        "enum E { #[status(::::)] A }",
        "enum E { #[status(StatusCode::)] A }",
        "enum E { #[status(transparent)] A(u8, u8) }",
        "enum E { #[status(transparent)] A }",
    ] {
        derive(source);
    }
}
