//! Parameters, `name=value` with a token or a quoted-string as the value (RFC 9110 §5.6.6,
//! §5.6.4): the shape auth-params (§11.2), media type parameters and weights (§12.4.2) share.

use super::cursor::{is_tchar, Cursor};
use super::{show_char, Check};

/// A `name=value` parameter; `value` keeps the quotes of a quoted-string.
pub(super) struct Param<'a> {
    pub(super) name: &'a str,
    pub(super) value: &'a str,
    pub(super) quoted: bool,
}

/// Parses `token "=" ( token / quoted-string )` at the cursor; `cite` goes in the parentheses of
/// the whitespace message.
pub(super) fn param<'a>(c: &mut Cursor<'a>, cite: &str) -> Result<Param<'a>, String> {
    let name = c.take_while(is_tchar);
    if name.is_empty() {
        return Err(format!(
            "expected a parameter `name=value`, found `{}` ({cite})",
            c.rest()
        ));
    }
    let space_before = c.skip_ows();
    if !c.eat(b'=') {
        return Err(format!(
            "expected `=` and a value after the parameter name `{name}`, as in `{name}=value` \
             ({cite})"
        ));
    }
    let space_after = c.skip_ows();
    let start = c.position();
    let quoted = c.peek() == Some(b'"');
    let value_result = if quoted {
        quoted_string(c)
    } else {
        c.take_while(is_tchar);
        Ok(())
    };
    let value = c.slice(start, c.position());
    if space_before || space_after {
        let shown = if value.is_empty() { "value" } else { value };
        return Err(format!(
            "whitespace around `=` after `{name}`: write `{name}={shown}` with no spaces ({cite})"
        ));
    }
    value_result?;
    if value.is_empty() {
        return Err(match c.peek() {
            None | Some(b',' | b';') => format!(
                "parameter `{name}` has no value: expected a token or a quoted-string after `=` \
                 ({cite})"
            ),
            Some(_) => format!(
                "`{}` is not a token or a quoted-string: quote the value of `{name}` ({cite})",
                c.rest()
            ),
        });
    }
    Ok(Param {
        name,
        value,
        quoted,
    })
}

/// quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE, RFC 9110 §5.6.4; the cursor is on
/// the opening quote.
fn quoted_string(c: &mut Cursor<'_>) -> Check {
    let start = c.position();
    c.eat(b'"');
    let text = |b: u8| b == b'\t' || b == b' ' || (0x21..=0x7e).contains(&b) || b >= 0x80;
    loop {
        match c.peek() {
            None => {
                return Err(format!(
                    "unterminated quoted-string `{}`: add the closing `\"` (RFC 9110 §5.6.4)",
                    c.slice(start, c.position())
                ));
            }
            Some(b'"') => {
                c.bump();
                return Ok(());
            }
            Some(b'\\') => {
                c.bump();
                match c.peek() {
                    Some(b) if text(b) => c.bump(),
                    None => {}
                    Some(b) => {
                        return Err(format!(
                            "`\\` escapes {} in a quoted-string: expected a visible character, \
                             a space or a tab (RFC 9110 §5.6.4)",
                            show_char(char::from(b))
                        ));
                    }
                }
            }
            Some(b) if text(b) => c.bump(),
            Some(b) => {
                return Err(format!(
                    "a quoted-string contains {}: expected visible characters, spaces and tabs \
                     (RFC 9110 §5.6.4)",
                    show_char(char::from(b))
                ));
            }
        }
    }
}
