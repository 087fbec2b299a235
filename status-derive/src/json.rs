//! JSON text the derive writes itself: the members of a problem details object known at
//! compile time, escaped exactly as `serde_json` escapes a string, so that an object reads the
//! same byte for byte whichever of the two wrote a member.

use std::fmt::Write as _;

/// `text` as a JSON string (RFC 8259 §7): quoted, with `"`, `\` and the control characters
/// escaped, the short escapes where JSON has one.
pub fn string(out: &mut String, text: &str) {
    out.push('"');
    // Most texts need no escape: copied at once, not char by char (the derive runs
    // unoptimized in a debug build).
    if !text.bytes().any(|b| b == b'"' || b == b'\\' || b < b' ') {
        out.push_str(text);
        out.push('"');
        return;
    }
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// An extension member's key as the object has it, between the member before it and its
/// value: `,"name":`.
pub fn key(name: &str) -> String {
    let mut key = String::with_capacity(name.len() + 4);
    key.push(',');
    string(&mut key, name);
    key.push(':');
    key
}

#[cfg(test)]
mod tests {
    use super::string;
    use proptest::prelude::*;

    fn written(text: &str) -> String {
        let mut out = String::new();
        string(&mut out, text);
        out
    }

    #[test]
    fn escapes() {
        assert_eq!(written("plain"), r#""plain""#);
        assert_eq!(written("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(
            written("\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}é"),
            "\"\\b\\f\\n\\r\\t\\u0000\\u001f\u{7f}é\""
        );
    }

    proptest! {
        /// Byte for byte what `serde_json` writes for the same string.
        #[test]
        fn as_serde_json_writes(text in any::<String>()) {
            prop_assert_eq!(written(&text), serde_json::to_string(&text).unwrap());
        }
    }
}
