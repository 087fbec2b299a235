//! The URI reference of `Link: <uri>; rel="blocked-by"` (RFC 7725 §3, RFC 8288 §3): the
//! characters RFC 3986 allows (§2, §4.1); the structure of the URI is not checked.

use super::field::field_value;
use super::{show_char, Check};

/// Checks the characters of a URI reference for `Link: <uri>` (RFC 8288 §3, RFC 3986 §4.1).
///
/// Non-empty; only unreserved, reserved and percent-encoded characters, so no spaces, `<`, `>`
/// or `"`. The structure of the URI is not checked.
///
/// # Errors
///
/// When `s` is empty, holds a character a URI cannot, or a `%` not followed by two hex digits.
pub fn uri_reference(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(
            "expected a URI reference such as `https://example.org/legal`, found an \
                    empty string (RFC 3986 §4.1, RFC 8288 §3)"
                .to_owned(),
        );
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return Err(format!(
                    "`{}` is not a percent-encoding: `%` is followed by two hex digits, as in \
                     `%20` (RFC 3986 §2.1)",
                    s.get(i..(i + 3).min(s.len())).unwrap_or("%")
                ));
            }
            i += 3;
        } else if b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b) {
            i += 1;
        } else {
            return Err(format!(
                "{} is not allowed in a URI reference: percent-encode it as `%{b:02X}` \
                 (RFC 3986 §2, RFC 8288 §3)",
                show_char(char::from(b))
            ));
        }
    }
    Ok(())
}

/// Whether a URI reference starts with a scheme, `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`
/// then `:` (RFC 3986 §3.1), which makes it absolute rather than relative (§4.2).
#[must_use]
pub fn has_scheme(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, _)) => {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::err;
    use super::*;

    #[test]
    fn schemes() {
        for absolute in [
            "https://example.com/probs/x",
            "about:blank",
            "urn:isbn:1",
            "a+b-c.d:x",
        ] {
            assert!(has_scheme(absolute), "{absolute}");
        }
        for relative in [
            "/types/123",
            "types/123",
            "1a:b",
            ":x",
            "./a:b",
            "?q=a:b",
            "#a:b",
        ] {
            assert!(!has_scheme(relative), "{relative}");
        }
    }

    #[test]
    fn uri_references() {
        for ok in [
            "https://example.org/legal?a=b&c=%20d#x",
            "/relative/path",
            "about:blank",
            "http://[::1]:80/",
        ] {
            assert_eq!(uri_reference(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(uri_reference("https://example.org/a b")),
            "a space is not allowed in a URI reference: percent-encode it as `%20` \
             (RFC 3986 §2, RFC 8288 §3)"
        );
        assert_eq!(
            err(uri_reference("a%2")),
            "`%2` is not a percent-encoding: `%` is followed by two hex digits, as in `%20` \
             (RFC 3986 §2.1)"
        );
        for bad in ["", "<a>", "a\"b", "a>b", "%zz", "a{b}", "a\\b", "é"] {
            assert!(uri_reference(bad).is_err(), "{bad}");
        }
    }
}
