//! Lists, RFC 9110 §5.6.1, and the two token lists the derive checks: `Allow` (§10.2.1) and
//! `Upgrade` (§7.8).

use super::cursor::trim_ows;
use super::field::{field_value, is_token};
use super::Check;

/// Checks an `Allow` value, RFC 9110 §10.2.1: `#method`, method = token. The empty list is legal.
///
/// # Errors
///
/// On an empty list element or an element that is not a token.
pub fn allow(s: &str) -> Check {
    field_value(s)?;
    for method in elements(s, "Allow")? {
        if method.contains([' ', '\t']) {
            return Err(format!(
                "`{method}` is not a method: separate methods with commas, as in `GET, HEAD` \
                 (RFC 9110 §10.2.1)"
            ));
        }
        if !is_token(method) {
            return Err(format!(
                "`{method}` is not a method: expected a token such as `GET` (RFC 9110 §10.2.1, \
                 §5.6.2)"
            ));
        }
    }
    Ok(())
}

/// Checks an `Upgrade` value, RFC 9110 §7.8: `#protocol`, protocol = token [ "/" token ].
///
/// At least one protocol is required: a 426 response names what the client must switch to.
///
/// # Errors
///
/// When `s` is empty, has an empty list element or an element that is not a protocol.
pub fn upgrade(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(
            "expected at least one protocol, such as `websocket` or `HTTP/2.0` (RFC 9110 §7.8)"
                .to_owned(),
        );
    }
    for protocol in elements(s, "Upgrade")? {
        if protocol.contains([' ', '\t']) {
            return Err(format!(
                "`{protocol}` is not a protocol: separate protocols with commas, as in \
                 `HTTP/2.0, websocket` (RFC 9110 §7.8)"
            ));
        }
        let ok = match protocol.split_once('/') {
            Some((name, version)) => is_token(name) && is_token(version),
            None => is_token(protocol),
        };
        if !ok {
            return Err(format!(
                "`{protocol}` is not a protocol: expected a token with an optional `/version`, \
                 as in `websocket` or `HTTP/2.0` (RFC 9110 §7.8)"
            ));
        }
    }
    Ok(())
}

/// The methods of a valid `Allow` value that contain a lower-case ASCII letter, in order.
///
/// Methods are case-sensitive (RFC 9110 §9.1), so `get` is not `GET`: the caller warns. An
/// invalid value yields nothing; [`allow`] reports it.
#[must_use]
pub fn lowercase_methods(s: &str) -> Vec<String> {
    // Nearly every value is upper-case: it is not checked a second time.
    if !s.bytes().any(|b| b.is_ascii_lowercase()) || allow(s).is_err() {
        return Vec::new();
    }
    s.split(',')
        .map(trim_ows)
        .filter(|m| m.bytes().any(|b| b.is_ascii_lowercase()))
        .map(str::to_owned)
        .collect()
}

/// Splits at the commas outside quoted-strings, RFC 9110 §5.6.1; elements keep their OWS.
pub(super) fn split_list(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, b) in s.bytes().enumerate() {
        if quoted {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                quoted = false;
            }
        } else if b == b'"' {
            quoted = true;
        } else if b == b',' {
            out.push(s.get(start..i).unwrap_or(""));
            start = i + 1;
        }
    }
    out.push(s.get(start..).unwrap_or(""));
    out
}

/// The trimmed elements of a list header; the empty value is the empty list.
pub(super) fn elements<'a>(s: &'a str, header: &str) -> Result<Vec<&'a str>, String> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = split_list(s).into_iter().map(trim_ows).collect();
    if items.iter().any(|e| e.is_empty()) {
        return Err(empty_element(header));
    }
    Ok(items)
}

pub(super) fn empty_element(what: &str) -> String {
    format!("empty list element in {what}: remove the extra comma (RFC 9110 §5.6.1)")
}

#[cfg(test)]
mod tests {
    use super::super::err;
    use super::*;

    #[test]
    fn allow_lists() {
        for ok in ["GET, HEAD", "GET,HEAD", "", "GET", "get , PUT"] {
            assert_eq!(allow(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(allow("GET,,POST")),
            "empty list element in Allow: remove the extra comma (RFC 9110 §5.6.1)"
        );
        for bad in ["GET,", ",GET", " , ", "GET, ,POST", ","] {
            assert!(allow(bad).is_err(), "{bad}");
        }
        assert_eq!(
            err(allow("GET HEAD")),
            "`GET HEAD` is not a method: separate methods with commas, as in `GET, HEAD` \
             (RFC 9110 §10.2.1)"
        );
        assert_eq!(
            err(allow("G(ET")),
            "`G(ET` is not a method: expected a token such as `GET` (RFC 9110 §10.2.1, §5.6.2)"
        );
        assert!(allow("\"GET\"").is_err());
    }

    #[test]
    fn lowercase_methods_in_order() {
        assert_eq!(lowercase_methods("get, HEAD, Post"), ["get", "Post"]);
        assert!(lowercase_methods("GET, HEAD").is_empty());
        assert!(lowercase_methods("").is_empty());
        assert!(lowercase_methods("get,,post").is_empty());
    }

    #[test]
    fn upgrade_values() {
        for ok in ["HTTP/2.0, SHTTP/1.3, IRC/6.9, RTA/x11", "websocket"] {
            assert_eq!(upgrade(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(upgrade("")),
            "expected at least one protocol, such as `websocket` or `HTTP/2.0` (RFC 9110 §7.8)"
        );
        assert_eq!(
            err(upgrade("HTTP/")),
            "`HTTP/` is not a protocol: expected a token with an optional `/version`, as in \
             `websocket` or `HTTP/2.0` (RFC 9110 §7.8)"
        );
        assert!(err(upgrade("a b")).contains("separate protocols with commas"));
        assert!(err(upgrade("a/b/c")).contains("not a protocol"));
        assert!(err(upgrade("websocket,")).contains("empty list element in Upgrade"));
    }
}
