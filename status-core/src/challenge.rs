use http::HeaderValue;
use std::fmt;

/// One authentication challenge, for `WWW-Authenticate` or `Proxy-Authenticate`
/// (RFC 9110 §11.3), that cannot be malformed.
///
/// Every parameter value is written as a quoted-string with `"` and `\` escaped; a character
/// that a quoted-string cannot hold (a control character, DEL, anything outside ASCII) becomes
/// `?`. Each parameter name appears once: setting it again replaces the earlier value. Basic
/// always has a realm (RFC 7617 §2) and Bearer always has a parameter (RFC 6750 §3), because
/// their constructors take one.
///
/// ```
/// use status_core::Challenge;
///
/// let challenge = Challenge::bearer("api")
///     .param("error", "invalid_token")
///     .param("error_description", "the token expired at \"noon\"");
/// assert_eq!(
///     challenge.to_string(),
///     r#"Bearer realm="api", error="invalid_token", error_description="the token expired at \"noon\"""#,
/// );
///
/// assert_eq!(Challenge::basic("staff").to_string(), r#"Basic realm="staff""#);
/// assert!(Challenge::new("Negotiate").is_some());
/// assert!(Challenge::new("not a token").is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    scheme: String,
    params: Vec<(String, String)>,
}

impl Challenge {
    /// `Basic realm="..."` (RFC 7617 §2).
    #[must_use]
    pub fn basic(realm: &str) -> Self {
        Challenge {
            scheme: "Basic".to_owned(),
            params: Vec::new(),
        }
        .param("realm", realm)
    }

    /// `Bearer realm="..."` (RFC 6750 §3).
    #[must_use]
    pub fn bearer(realm: &str) -> Self {
        Challenge {
            scheme: "Bearer".to_owned(),
            params: Vec::new(),
        }
        .param("realm", realm)
    }

    /// A challenge of any other scheme, without parameters until [`param`](Self::param)
    /// adds them.
    ///
    /// `None` when `scheme` is not a token (RFC 9110 §5.6.2), and for `Basic` and `Bearer`,
    /// which need a parameter: use [`basic`](Self::basic) and [`bearer`](Self::bearer).
    #[must_use]
    pub fn new(scheme: &str) -> Option<Self> {
        let needs_param =
            scheme.eq_ignore_ascii_case("basic") || scheme.eq_ignore_ascii_case("bearer");
        (is_token(scheme) && !needs_param).then(|| Challenge {
            scheme: scheme.to_owned(),
            params: Vec::new(),
        })
    }

    /// Sets the parameter `name` to `value`, replacing an earlier value of the same name
    /// (names compare case-insensitively, RFC 9110 §11.2). A `name` that is not a token
    /// (RFC 9110 §5.6.2) cannot be written and is left out.
    #[must_use]
    pub fn param(mut self, name: &str, value: &str) -> Self {
        if !is_token(name) {
            return self;
        }
        let value = quote(value);
        match self
            .params
            .iter_mut()
            .find(|(known, _)| known.eq_ignore_ascii_case(name))
        {
            Some(slot) => slot.1 = value,
            None => self.params.push((name.to_owned(), value)),
        }
        self
    }

    /// Sets `realm` (RFC 9110 §11.5).
    #[must_use]
    pub fn realm(self, realm: &str) -> Self {
        self.param("realm", realm)
    }

    /// The scheme, as given.
    #[must_use]
    pub fn scheme(&self) -> &str {
        &self.scheme
    }

    /// The challenge as a header value. Every byte is visible ASCII or a space, so this is
    /// always `Some`; the `Option` keeps the conversion free of panics.
    pub(crate) fn header_value(&self) -> Option<HeaderValue> {
        HeaderValue::try_from(self.to_string()).ok()
    }
}

impl fmt::Display for Challenge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.scheme)?;
        for (i, (name, value)) in self.params.iter().enumerate() {
            f.write_str(if i == 0 { " " } else { ", " })?;
            write!(f, "{name}={value}")?;
        }
        Ok(())
    }
}

/// `1*tchar` (RFC 9110 §5.6.2).
pub(crate) fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// `value` as a quoted-string (RFC 9110 §5.6.4).
fn quote(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            ' '..='~' => quoted.push(c),
            _ => quoted.push('?'),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        let challenge = Challenge::basic("a\"b\\c\r\nd\u{7f}é\t");
        assert_eq!(challenge.to_string(), r#"Basic realm="a\"b\\c??d???""#);
    }

    #[test]
    fn each_param_once() {
        let challenge = Challenge::bearer("one")
            .param("REALM", "two")
            .param("scope", "read")
            .param("bad name", "left out");
        assert_eq!(challenge.to_string(), r#"Bearer realm="two", scope="read""#);
    }

    #[test]
    fn schemes() {
        assert!(Challenge::new("basic").is_none());
        assert!(Challenge::new("BEARER").is_none());
        assert!(Challenge::new("").is_none());
        assert_eq!(
            Challenge::new("Negotiate")
                .map(|c| c.to_string())
                .as_deref(),
            Some("Negotiate")
        );
        let custom = Challenge::new("Newauth").map(|c| c.realm("apps").param("type", "1"));
        assert_eq!(
            custom.and_then(|c| c.header_value()),
            Some(HeaderValue::from_static(
                r#"Newauth realm="apps", type="1""#
            ))
        );
    }
}
