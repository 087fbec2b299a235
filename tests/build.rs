//! Writes `$OUT_DIR/conformance.rs`, which `tests/tests/conformance.rs` includes: a derive
//! needs its header values as literals, so the valid vectors of `conformance/vectors.tsv` are
//! turned into source here, one variant of `enum Rfc` a vector, with the response it must make.

use std::path::Path;
use std::{env, fs};

/// The corpus, relative to this package.
const VECTORS: &str = "conformance/vectors.tsv";

/// The body of the variant that carries every valid challenge.
const EVERY_CHALLENGE_BODY: &str = "every challenge of vectors.tsv";

/// A status `key` is legal on and meant for, and the header lines `value` becomes on the wire.
fn response(key: &str, value: &str) -> Option<(u16, Vec<(&'static str, String)>)> {
    let one = |name| vec![(name, value.to_owned())];
    let response = match key {
        "www_authenticate" => (401, one("www-authenticate")),
        "proxy_authenticate" => (407, one("proxy-authenticate")),
        "allow" => (405, one("allow")),
        "retry_after" => (503, one("retry-after")),
        "accept" => (415, one("accept")),
        "accept_encoding" => (415, one("accept-encoding")),
        "upgrade" => (
            426,
            vec![
                ("upgrade", value.to_owned()),
                ("connection", "upgrade".to_owned()),
            ],
        ),
        "content_range" => (416, one("content-range")),
        "blocked_by" => (
            451,
            vec![("link", format!("<{value}>; rel=\"blocked-by\""))],
        ),
        _ => return None,
    };
    Some(response)
}

/// A `Case` of `tests/tests/conformance.rs`, as source.
fn case(variant: &str, status: u16, headers: &[(&str, String)], body: &str) -> String {
    let headers: Vec<String> = headers
        .iter()
        .map(|(name, value)| format!("({name:?}, {value:?})"))
        .collect();
    format!(
        "Case {{\n    error: Rfc::{variant},\n    status: {status},\n    headers: &[{}],\n    \
         body: {body:?},\n}}",
        headers.join(", ")
    )
}

/// `source` four spaces in, to sit in an array.
fn indent(source: &str) -> String {
    let lines: Vec<String> = source.lines().map(|line| format!("    {line}")).collect();
    lines.join("\n")
}

fn main() {
    println!("cargo:rerun-if-changed={VECTORS}");
    let dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let path = Path::new(&dir).join(VECTORS);
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));

    let mut variants = Vec::new();
    let mut cases = Vec::new();
    let mut challenges = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(verdict), Some(key), Some(value)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!(
                "{VECTORS} line {number}: expected a verdict, a key and a value separated by \
                 tabs, found {line:?}"
            );
        };
        match verdict {
            "valid" => {}
            "invalid" => continue,
            _ => panic!(
                "{VECTORS} line {number}: the verdict is `valid` or `invalid`, found {verdict:?}"
            ),
        }
        let Some((status, headers)) = response(key, value) else {
            panic!("{VECTORS} line {number}: no status is known for the key {key:?}");
        };
        let variant = format!("Line{number}");
        let body = format!("vectors.tsv line {number}");
        variants.push(format!(
            "    #[status({status}, {key} = {value:?}, message = {body:?})]\n    {variant},"
        ));
        cases.push(indent(&case(&variant, status, &headers, &body)));
        if key == "www_authenticate" {
            challenges.push(value);
        }
    }
    assert!(
        !challenges.is_empty(),
        "{VECTORS} has no valid www_authenticate vector to put several challenges on one variant"
    );

    let keys: Vec<String> = challenges
        .iter()
        .map(|value| format!("www_authenticate = {value:?}, "))
        .collect();
    variants.push(format!(
        "    #[status(401, {}message = {EVERY_CHALLENGE_BODY:?})]\n    EveryChallenge,",
        keys.concat()
    ));
    let lines: Vec<(&str, String)> = challenges
        .iter()
        .map(|value| ("www-authenticate", (*value).to_owned()))
        .collect();
    let every_challenge = case("EveryChallenge", 401, &lines, EVERY_CHALLENGE_BODY);

    let source = format!(
        "// Written by tests/build.rs from tests/conformance/vectors.tsv.\n\n\
         /// A variant a valid vector, named after its line, and one with every valid challenge.\n\
         #[derive(Clone, Copy, Debug, HttpStatusError)]\n\
         enum Rfc {{\n{}\n}}\n\n\
         /// One case a valid vector, in the order of the file.\n\
         const CASES: &[Case] = &[\n{},\n];\n\n\
         /// Every valid challenge on one variant: one field line each, in the order of the file.\n\
         const EVERY_CHALLENGE: Case = {every_challenge};\n",
        variants.join("\n"),
        cases.join(",\n"),
    );
    let target = Path::new(&out).join("conformance.rs");
    fs::write(&target, source)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", target.display()));
}
