//! Every valid vector of `tests/conformance/vectors.tsv`, the header values printed in the
//! RFCs, derives and goes on the wire unchanged. `tests/build.rs` writes the derive from the
//! file, one variant a vector on a status its key belongs to, so a vector added there is
//! checked here.

use status_core::HttpStatusError;
use status_core_tests::{assert_response, header_lines, lines, respond, TEXT_PLAIN};

/// A variant and the whole response it must make.
struct Case {
    error: Rfc,
    status: u16,
    /// The lines the vector puts on the wire, in order; Content-Type is not among them.
    headers: &'static [(&'static str, &'static str)],
    body: &'static str,
}

// `enum Rfc`, `CASES` and `EVERY_CHALLENGE`.
include!(concat!(env!("OUT_DIR"), "/conformance.rs"));

const VECTORS: &str = include_str!("../conformance/vectors.tsv");

#[test]
fn every_valid_vector_is_derived() {
    let valid = VECTORS
        .lines()
        .filter(|line| line.split('\t').next() == Some("valid"))
        .count();
    assert!(valid > 0, "vectors.tsv has no valid vector");
    assert_eq!(CASES.len(), valid, "one case a valid vector");
}

#[test]
fn rfc_examples_go_on_the_wire_unchanged() {
    // RFC 6585 §4 prints `Retry-After: 3600` on a 429. The vectors hold it as text; the
    // integer literal is its own form of the key.
    #[derive(Debug, HttpStatusError)]
    enum Limited {
        #[status(429, retry_after = 3600, message = "at most 100 requests an hour")]
        Hour,
    }

    for case in CASES.iter().chain([&EVERY_CHALLENGE]) {
        let response = respond(case.error);
        let mut expected = vec![TEXT_PLAIN];
        expected.extend_from_slice(case.headers);
        assert_eq!(response.status().as_u16(), case.status, "{:?}", case.error);
        assert_eq!(
            header_lines(&response),
            lines(&expected),
            "{:?}",
            case.error
        );
        assert_eq!(response.body(), case.body, "{:?}", case.error);
    }
    assert!(EVERY_CHALLENGE.headers.len() > 1, "several challenges");

    assert_response(
        &respond(Limited::Hour),
        429,
        &[TEXT_PLAIN, ("retry-after", "3600")],
        "at most 100 requests an hour",
    );
}
