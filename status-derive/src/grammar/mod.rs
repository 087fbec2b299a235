//! Header grammars from RFC 9110 and its companions, checked on the strings a user writes in
//! `#[status(...)]`. No syn here: each function takes the literal's text and says what is wrong.
//!
//! One file per header family: `field` (field names and values, §5), `list` (lists, `Allow`,
//! `Upgrade`), `auth` (challenges, §11), `date` (`Retry-After`), `negotiation` (`Accept`,
//! `Accept-Encoding`), `range` (`Content-Range`) and `uri` (`Link`); `cursor` and `param` are
//! the lexical pieces they share. Every check is reached as `grammar::NAME`.

mod auth;
mod cursor;
mod date;
mod field;
mod list;
mod negotiation;
mod param;
mod range;
mod uri;

pub use auth::challenge;
pub use date::{delay_seconds, retry_after};
pub use field::{field_name, field_value};
pub use list::{allow, lowercase_methods, upgrade};
pub use negotiation::{accept, accept_encoding};
pub use range::content_range_unsatisfied;
pub use uri::{has_scheme, uri_reference};

// Called only inside the grammar today, but checks in their own right: `is_token` answers for
// any token, `imf_fixdate` for any HTTP-date (tests/tests/agreement.rs checks status-core's
// dates with it).
#[allow(unused_imports)]
pub use {date::imf_fixdate, field::is_token};

/// The result of a check: `Err` carries the whole diagnostic message.
pub type Check = Result<(), String>;

/// Names a character for a message: spaces and control characters are spelt out.
fn show_char(c: char) -> String {
    match c {
        ' ' => "a space".to_owned(),
        '\t' => "a tab".to_owned(),
        c if c.is_control() => format!("U+{:04X}", u32::from(c)),
        c => format!("`{c}`"),
    }
}

/// The message of a check that must fail.
#[cfg(test)]
fn err(check: Check) -> String {
    check.expect_err("expected an error")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_grammar_refuses_line_breaks_first() {
        let checks: [fn(&str) -> Check; 11] = [
            challenge,
            allow,
            delay_seconds,
            imf_fixdate,
            retry_after,
            accept,
            accept_encoding,
            upgrade,
            content_range_unsatisfied,
            uri_reference,
            field_value,
        ];
        for check in checks {
            for bad in ["GET\r\nX: y", "a\nb", "a\0"] {
                assert_eq!(check(bad), field_value(bad));
            }
        }
    }

    /// A check named in the sweep's table.
    type Checker = fn(&str) -> Check;

    /// Every string of length 0..=3 over an alphabet of troublesome characters: no panic, and
    /// every message keeps the house style.
    #[test]
    fn no_panic_sweep() {
        const ALPHABET: [char; 14] = [
            'a', '=', '"', '\\', ' ', ',', ';', '/', '*', '\t', '\r', '\0', 'é', '1',
        ];
        let checks: [(&str, Checker); 13] = [
            ("field_name", field_name),
            ("field_value", field_value),
            ("challenge", challenge),
            ("allow", allow),
            ("delay_seconds", delay_seconds),
            ("imf_fixdate", imf_fixdate),
            ("retry_after", retry_after),
            ("accept", accept),
            ("accept_encoding", accept_encoding),
            ("upgrade", upgrade),
            ("content_range_unsatisfied", content_range_unsatisfied),
            ("uri_reference", uri_reference),
            ("allow_via_lowercase", |s| {
                let _ = lowercase_methods(s);
                Ok(())
            }),
        ];
        let mut inputs = vec![String::new()];
        let mut layer = vec![String::new()];
        for _ in 0..3 {
            layer = layer
                .iter()
                .flat_map(|p| ALPHABET.iter().map(move |c| format!("{p}{c}")))
                .collect();
            inputs.extend(layer.iter().cloned());
        }
        assert_eq!(inputs.len(), 1 + 14 + 196 + 2744);
        for s in &inputs {
            let _ = is_token(s);
            for (name, check) in &checks {
                if let Err(message) = check(s) {
                    let first = message.chars().next().unwrap_or('?');
                    assert!(
                        first.is_ascii_lowercase() || first == '`',
                        "{name}({s:?}): {message}"
                    );
                    assert!(message.ends_with(')'), "{name}({s:?}): {message}");
                    assert!(message.contains("(RFC "), "{name}({s:?}): {message}");
                    assert!(!message.contains('\r') && !message.contains('\0'));
                }
            }
        }
    }
}
