//! What every header obeys before its own grammar, RFC 9110 §5: a field name is a token (§5.1,
//! §5.6.2), a field value is one line of visible ASCII without whitespace at its ends (§5.5).

use super::cursor::is_tchar;
use super::{show_char, Check};

/// Whether `s` is a token: one or more tchar, RFC 9110 §5.6.2.
///
/// tchar is a letter, a digit or one of ``!#$%&'*+-.^_`|~``.
#[must_use]
pub fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_tchar)
}

/// Checks a field name: a token, RFC 9110 §5.1.
///
/// # Errors
///
/// When `s` is empty or holds a character outside tchar (a space, a colon, non-ASCII...).
pub fn field_name(s: &str) -> Check {
    if s.is_empty() {
        return Err(
            "expected a field name, found an empty string: a field name is a token such as \
             `X-Request-Id` (RFC 9110 §5.1)"
                .to_owned(),
        );
    }
    let bad = s.chars().find(|&c| !u8::try_from(c).is_ok_and(is_tchar));
    match bad {
        Some(c) => Err(format!(
            "field name contains {}: expected a token such as `X-Request-Id` (RFC 9110 §5.1, §5.6.2)",
            show_char(c)
        )),
        None => Ok(()),
    }
}

/// Checks what a sender may write as a field value, RFC 9110 §5.5.
///
/// Visible ASCII, spaces and tabs only; no CR, LF, NUL or other control character; no space or
/// tab at either end. The empty value is fine.
///
/// # Errors
///
/// On the first forbidden character, or on leading or trailing whitespace.
pub fn field_value(s: &str) -> Check {
    for c in s.chars() {
        match c {
            '\r' | '\n' => {
                return Err(
                    "field value contains CR or LF: expected a single line of visible \
                            ASCII, spaces and tabs (RFC 9110 §5.5)"
                        .to_owned(),
                );
            }
            '\0' => {
                return Err(
                    "field value contains a NUL character: expected visible ASCII, \
                            spaces and tabs (RFC 9110 §5.5)"
                        .to_owned(),
                );
            }
            '\t' => {}
            c if c.is_ascii_control() => {
                return Err(format!(
                    "field value contains the control character {}: expected visible ASCII, \
                     spaces and tabs (RFC 9110 §5.5)",
                    show_char(c)
                ));
            }
            c if !c.is_ascii() => {
                return Err(format!(
                    "field value contains the non-ASCII character {}: expected visible ASCII, \
                     spaces and tabs (RFC 9110 §5.5)",
                    show_char(c)
                ));
            }
            _ => {}
        }
    }
    if s.starts_with([' ', '\t']) {
        return Err(
            "field value starts with whitespace: remove the leading space or tab (RFC 9110 §5.5)"
                .to_owned(),
        );
    }
    if s.ends_with([' ', '\t']) {
        return Err(
            "field value ends with whitespace: remove the trailing space or tab (RFC 9110 §5.5)"
                .to_owned(),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::err;
    use super::*;

    #[test]
    fn tokens_and_field_names() {
        assert!(is_token("GET"));
        assert!(is_token("!#$%&'*+-.^_`|~09azAZ"));
        assert!(!is_token(""));
        assert!(!is_token("a b"));
        assert!(!is_token("a:b"));
        assert!(!is_token("é"));
        assert!(field_name("X-Request-Id").is_ok());
        assert_eq!(
            err(field_name("X Request")),
            "field name contains a space: expected a token such as `X-Request-Id` (RFC 9110 §5.1, §5.6.2)"
        );
        assert_eq!(
            err(field_name("")),
            "expected a field name, found an empty string: a field name is a token such as \
             `X-Request-Id` (RFC 9110 §5.1)"
        );
        assert!(field_name("a:").is_err());
        assert!(field_name("é").is_err());
    }

    #[test]
    fn field_values() {
        for ok in ["", "a", "a\tb", "a b", "~!"] {
            assert_eq!(field_value(ok), Ok(()), "{ok:?}");
        }
        assert_eq!(
            err(field_value("a\r\nb")),
            "field value contains CR or LF: expected a single line of visible ASCII, spaces and \
             tabs (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("a\0")),
            "field value contains a NUL character: expected visible ASCII, spaces and tabs \
             (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("a\u{7f}")),
            "field value contains the control character U+007F: expected visible ASCII, spaces \
             and tabs (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("café")),
            "field value contains the non-ASCII character `é`: expected visible ASCII, spaces \
             and tabs (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("\ta")),
            "field value starts with whitespace: remove the leading space or tab (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("a ")),
            "field value ends with whitespace: remove the trailing space or tab (RFC 9110 §5.5)"
        );
    }
}
