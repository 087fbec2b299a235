//! The conformance corpus (`tests/conformance/vectors.tsv`): every header value printed in the
//! RFCs passes the grammar of its key, and every form a sender must not write is refused.

use crate::key::Key;

const VECTORS: &str = include_str!("../../tests/conformance/vectors.tsv");

#[test]
fn corpus() {
    let mut checked = 0;
    for line in VECTORS
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
    {
        let mut parts = line.splitn(3, '\t');
        let (Some(verdict), Some(key), Some(value)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("malformed vector: {line:?}");
        };
        let spec = Key::named(key)
            .and_then(Key::header)
            .unwrap_or_else(|| panic!("no header key {key}"));
        let result = (spec.grammar)(value);
        match verdict {
            "valid" => assert_eq!(result, Ok(()), "{line}"),
            "invalid" => assert!(result.is_err(), "accepted: {line}"),
            _ => panic!("verdict is valid or invalid: {line:?}"),
        }
        checked += 1;
    }
    assert!(checked >= 50, "only {checked} vectors");
}
