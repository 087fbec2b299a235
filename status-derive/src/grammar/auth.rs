//! Challenges for `WWW-Authenticate` and `Proxy-Authenticate`, RFC 9110 §11: the auth-scheme
//! and its token68 or auth-params (§11.2, §11.3), a quoted `realm` (§11.5), one challenge per
//! field line (§11.6.1), and what Basic (RFC 7617 §2) and Bearer (RFC 6750 §3) add.

use super::cursor::{is_tchar, trim_ows, Cursor};
use super::field::field_value;
use super::list::{empty_element, split_list};
use super::param::param;
use super::Check;

/// Checks exactly one challenge for `WWW-Authenticate` or `Proxy-Authenticate`, RFC 9110 §11.3.
///
/// challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ], with the sender's rules on top:
/// no whitespace around `=` (§5.6.3), each parameter name once (§11.2), `realm` quoted (§11.5),
/// `Basic` with a realm (RFC 7617 §2), `Bearer` with at least one auth-param (RFC 6750 §3), and
/// one challenge per field line (§11.6.1).
///
/// # Errors
///
/// When `s` is not one well-formed challenge, or breaks one of the rules above.
pub fn challenge(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(
            "expected a challenge such as `Basic realm=\"api\"` (RFC 9110 §11.3)".to_owned(),
        );
    }
    let segments = split_list(s);
    let first = segments.first().copied().unwrap_or("");
    let mut c = Cursor::new(first);
    let scheme = c.take_while(is_tchar);
    if scheme.is_empty() {
        return Err(format!(
            "`{s}` does not start with an auth-scheme: expected a challenge such as \
             `Basic realm=\"api\"` (RFC 9110 §11.3)"
        ));
    }
    let mut names: Vec<String> = Vec::new();
    let form = match c.peek() {
        None => Form::Bare,
        Some(b' ') => {
            c.take_while(|b| b == b' ');
            let rest = trim_ows(c.rest());
            if rest.is_empty() {
                return Err(empty_element("the challenge"));
            }
            if is_token68(rest) {
                Form::Token68
            } else {
                auth_param(rest, &mut names)?;
                Form::Params
            }
        }
        Some(b'\t') => {
            return Err(format!(
                "a tab follows the auth-scheme `{scheme}`: separate it from its parameters with \
                 a space (RFC 9110 §11.3)"
            ));
        }
        Some(b'=') => {
            return Err(format!(
                "`{s}` lacks an auth-scheme: expected a challenge such as `Basic realm=\"api\"` \
                 (RFC 9110 §11.3)"
            ));
        }
        Some(_) => {
            return Err(format!(
                "`{}` is not an auth-scheme: expected a token such as `Basic` (RFC 9110 §11.1, \
                 §5.6.2)",
                first.split(' ').next().unwrap_or(first)
            ));
        }
    };
    for segment in segments.iter().skip(1) {
        let element = trim_ows(segment);
        if element.is_empty() {
            return Err(empty_element("the challenge"));
        }
        if let Some(next) = starts_challenge(element) {
            return Err(format!(
                "`{next}` starts a second challenge: write one challenge per attribute and \
                 repeat the key, one field line per challenge (RFC 9110 §11.6.1)"
            ));
        }
        match form {
            Form::Bare => {
                return Err(format!(
                    "`{element}` follows the auth-scheme after a comma: separate the scheme from \
                     its first parameter with a space, as in `{scheme} {element}` (RFC 9110 §11.3)"
                ));
            }
            Form::Token68 => {
                return Err(format!(
                    "`{element}` follows a token68: a challenge carries either one token68 or \
                     auth-params, not both (RFC 9110 §11.3)"
                ));
            }
            Form::Params => auth_param(element, &mut names)?,
        }
    }
    scheme_rules(scheme, form, &names)
}

/// What follows the auth-scheme in the first element of a challenge.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Bare,
    Token68,
    Params,
}

/// What the Basic (RFC 7617 §2) and Bearer (RFC 6750 §3) schemes add to the challenge grammar.
fn scheme_rules(scheme: &str, form: Form, names: &[String]) -> Check {
    if scheme.eq_ignore_ascii_case("Basic") {
        if form == Form::Token68 {
            return Err(format!(
                "Basic takes a realm parameter, not a token68: write `{scheme} realm=\"api\"` \
                 (RFC 7617 §2)"
            ));
        }
        if !names.iter().any(|n| n == "realm") {
            return Err(
                "Basic requires a realm parameter, as in Basic realm=\"api\" (RFC 7617 §2)"
                    .to_owned(),
            );
        }
    }
    if scheme.eq_ignore_ascii_case("Bearer") {
        match form {
            Form::Bare => {
                return Err("Bearer must be followed by at least one auth-param, as in \
                            Bearer realm=\"api\" (RFC 6750 §3)"
                    .to_owned());
            }
            Form::Token68 => {
                return Err("Bearer takes auth-params, not a token68, as in \
                            Bearer realm=\"api\" (RFC 6750 §3)"
                    .to_owned());
            }
            Form::Params => {}
        }
    }
    Ok(())
}

/// token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=", RFC 9110 §11.2.
fn is_token68(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    !body.is_empty()
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~+/".contains(&b))
}

/// The scheme, when a list element after a comma is the start of another challenge: a token
/// alone, or a token and a space not followed by `=`.
fn starts_challenge(element: &str) -> Option<&str> {
    let mut c = Cursor::new(element);
    let name = c.take_while(is_tchar);
    if name.is_empty() {
        return None;
    }
    if c.at_end() {
        return Some(name);
    }
    if c.peek() == Some(b' ') {
        c.skip_ows();
        if c.peek() != Some(b'=') {
            return Some(name);
        }
    }
    None
}

/// Parses one auth-param that must fill `element`, and records its name.
fn auth_param(element: &str, names: &mut Vec<String>) -> Check {
    let mut c = Cursor::new(element);
    let p = param(&mut c, "RFC 9110 §11.2, §5.6.3")?;
    if !c.at_end() {
        return Err(format!(
            "unexpected `{}` after `{}={}`: separate auth-params with commas (RFC 9110 §11.2)",
            trim_ows(c.rest()),
            p.name,
            p.value
        ));
    }
    let name = p.name.to_ascii_lowercase();
    if name == "realm" && !p.quoted {
        return Err(
            "realm must be a quoted-string, as in realm=\"api\" (RFC 9110 §11.5)".to_owned(),
        );
    }
    if names.contains(&name) {
        return Err(format!(
            "parameter `{}` appears more than once in the challenge: give each parameter once \
             (RFC 9110 §11.2)",
            p.name
        ));
    }
    names.push(name);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::err;
    use super::*;

    #[test]
    fn challenges_that_pass() {
        for ok in [
            "Basic realm=\"simple\"",
            "Basic realm=\"WallyWorld\", charset=\"UTF-8\"",
            "Bearer realm=\"example\"",
            "Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The access token expired\"",
            "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\"",
            "Negotiate",
            "Negotiate YIIGhAYGKwYBBQUCoIIGeDCCBnSgMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCqKCBj4EggY6TlRMTVNTUAACAAAA==",
            "Bearer error=\"invalid_token\"",
            "basic realm=\"a,b\"",
            "Custom  a=b",
            "Custom abc==",
        ] {
            assert_eq!(challenge(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn challenges_refused() {
        assert_eq!(
            err(challenge("Basic realm=api")),
            "realm must be a quoted-string, as in realm=\"api\" (RFC 9110 §11.5)"
        );
        assert_eq!(
            err(challenge("Basic realm = \"x\"")),
            "whitespace around `=` after `realm`: write `realm=\"x\"` with no spaces \
             (RFC 9110 §11.2, §5.6.3)"
        );
        assert!(err(challenge("Basic realm= \"x\"")).contains("whitespace around `=`"));
        assert!(err(challenge("Newauth realm=\"a\", type =1")).contains("whitespace around `=`"));
        assert_eq!(
            err(challenge("Basic realm=\"a\", Realm=\"b\"")),
            "parameter `Realm` appears more than once in the challenge: give each parameter once \
             (RFC 9110 §11.2)"
        );
        assert_eq!(
            err(challenge("Basic")),
            "Basic requires a realm parameter, as in Basic realm=\"api\" (RFC 7617 §2)"
        );
        assert_eq!(
            err(challenge("Basic charset=\"UTF-8\"")),
            "Basic requires a realm parameter, as in Basic realm=\"api\" (RFC 7617 §2)"
        );
        assert_eq!(
            err(challenge("Basic dXNlcjpwYXNz")),
            "Basic takes a realm parameter, not a token68: write `Basic realm=\"api\"` \
             (RFC 7617 §2)"
        );
        assert_eq!(
            err(challenge("Bearer")),
            "Bearer must be followed by at least one auth-param, as in Bearer realm=\"api\" \
             (RFC 6750 §3)"
        );
        assert_eq!(
            err(challenge("bearer abc")),
            "Bearer takes auth-params, not a token68, as in Bearer realm=\"api\" (RFC 6750 §3)"
        );
        assert_eq!(
            err(challenge("Basic realm=\"a\", Bearer realm=\"b\"")),
            "`Bearer` starts a second challenge: write one challenge per attribute and repeat \
             the key, one field line per challenge (RFC 9110 §11.6.1)"
        );
        assert!(err(challenge("Negotiate, Basic realm=\"x\"")).contains("second challenge"));
        assert!(err(challenge("Basic realm=\"x\", Negotiate")).contains("second challenge"));
        assert!(err(challenge("Negotiate abc, Basic realm=\"x\"")).contains("second challenge"));
        assert_eq!(
            err(challenge("Basic realm=\"x")),
            "unterminated quoted-string `\"x`: add the closing `\"` (RFC 9110 §5.6.4)"
        );
        assert!(err(challenge("Basic realm=\"x\\\"")).contains("unterminated"));
        assert_eq!(
            err(challenge("Basic realm=\"x\",")),
            "empty list element in the challenge: remove the extra comma (RFC 9110 §5.6.1)"
        );
        assert!(err(challenge("Basic realm=\"x\",,a=b")).contains("empty list element"));
        assert!(err(challenge("Basic , realm=\"x\"")).contains("empty list element"));
        assert!(err(challenge("Basic, realm=\"x\"")).contains("after a comma"));
        assert!(err(challenge("abc=, a=b")).contains("lacks an auth-scheme"));
        assert!(err(challenge("realm=\"x\"")).contains("lacks an auth-scheme"));
        assert!(err(challenge("")).contains("expected a challenge"));
        assert!(err(challenge("Custom abc==, a=b")).contains("token68"));
        assert!(err(challenge("Custom a=b c")).contains("unexpected `c`"));
        assert!(err(challenge("Custom a=\"b\" c")).contains("unexpected `c`"));
        assert!(err(challenge("Custom a==b")).contains("not a token or a quoted-string"));
        // `a=` is a token68 with padding, not an auth-param without a value
        assert_eq!(challenge("Custom a="), Ok(()));
        assert!(err(challenge("Custom\ta=b")).contains("tab"));
        assert!(err(challenge("Ba(sic realm=\"x\"")).contains("not an auth-scheme"));
    }
}
