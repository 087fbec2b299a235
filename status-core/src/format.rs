//! Body formats: how a [`Problem`] is written, and under which media type.
//!
//! `text` is the default; `#[status(format = "problem+json")]` on the type selects
//! [`ProblemJson`]; `#[status(format = path::To::Format)]` selects a format of the
//! application's own, any type implementing [`Format`]:
//!
//! ```
//! use status_core::{Format, HttpStatusError, Problem};
//!
//! /// `{"errors":[{"detail":"..."}]}`, as some clients expect.
//! struct Errors;
//!
//! impl Format for Errors {
//!     const CONTENT_TYPE: &'static str = "application/json";
//!
//!     fn render(problem: &Problem) -> String {
//!         serde_json::json!({ "errors": [{ "detail": problem.text() }] }).to_string()
//!     }
//! }
//!
//! #[derive(Debug, HttpStatusError)]
//! #[status(format = Errors)]
//! enum ApiError {
//!     #[status(404, message = "no crate `{0}`")]
//!     NoCrate(String),
//! }
//!
//! let response = ApiError::NoCrate("s\"erde".into()).to_response::<String>();
//! assert_eq!(response.headers()["content-type"], "application/json");
//! assert_eq!(response.body(), r#"{"errors":[{"detail":"no crate `s\"erde`"}]}"#);
//! ```

use crate::Problem;

/// A body format: renders the representation and names its media type.
///
/// The derive checks `CONTENT_TYPE` when it compiles the type that uses the format: it must be
/// a media type, `type/subtype` with optional `; name=value` parameters (RFC 9110 §8.3.1).
/// Status and header rules apply whatever the format.
pub trait Format {
    /// The `Content-Type` of the body.
    const CONTENT_TYPE: &'static str;

    /// The body.
    fn render(problem: &Problem) -> String;

    /// The schema of the body in an OpenAPI document (feature `utoipa`), given the extension
    /// members the variants of one status may add, each with its field's schema. A string
    /// unless the format says otherwise: a JSON format describes its object here.
    #[cfg(feature = "utoipa")]
    #[must_use]
    fn body_schema(
        extensions: &[(
            &str,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )],
    ) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        let _ = extensions;
        crate::integration::utoipa::string()
    }
}

/// `text/plain; charset=utf-8`: the detail, or the title where there is none. The default.
#[derive(Clone, Copy, Debug)]
pub struct Text;

impl Format for Text {
    const CONTENT_TYPE: &'static str = "text/plain; charset=utf-8";

    fn render(problem: &Problem) -> String {
        problem.text().to_owned()
    }
}

/// `application/problem+json` (RFC 9457): the problem details object.
#[derive(Clone, Copy, Debug)]
pub struct ProblemJson;

impl Format for ProblemJson {
    const CONTENT_TYPE: &'static str = "application/problem+json";

    fn render(problem: &Problem) -> String {
        json(problem)
    }

    #[cfg(feature = "utoipa")]
    fn body_schema(
        extensions: &[(
            &str,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )],
    ) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        crate::integration::utoipa::problem(extensions)
    }
}

/// `application/json`: the problem details object under the plain JSON type, for clients that
/// do not know `application/problem+json`.
#[derive(Clone, Copy, Debug)]
pub struct Json;

impl Format for Json {
    const CONTENT_TYPE: &'static str = "application/json";

    fn render(problem: &Problem) -> String {
        json(problem)
    }

    #[cfg(feature = "utoipa")]
    fn body_schema(
        extensions: &[(
            &str,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )],
    ) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        crate::integration::utoipa::problem(extensions)
    }
}

fn json(problem: &Problem) -> String {
    // Strings, numbers and `Value`s always serialize: the error branch is never taken.
    serde_json::to_string(problem).unwrap_or_default()
}

/// Whether `s` is a media type: `type "/" subtype *( OWS ";" OWS name "=" value )`, tokens,
/// the value a token or a quoted-string (RFC 9110 §8.3.1, §5.6.6). A `const fn`, so that the
/// derive checks a format's content type at compile time.
#[must_use]
pub const fn is_media_type(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = token(b, 0);
    if i == 0 || i >= b.len() || b[i] != b'/' {
        return false;
    }
    let start = i + 1;
    i = token(b, start);
    if i == start {
        return false;
    }
    while i < b.len() {
        i = ows(b, i);
        if i >= b.len() || b[i] != b';' {
            return false;
        }
        i = ows(b, i + 1);
        let name = i;
        i = token(b, i);
        if i == name || i >= b.len() || b[i] != b'=' {
            return false;
        }
        i += 1;
        if i < b.len() && b[i] == b'"' {
            i += 1;
            loop {
                if i >= b.len() {
                    return false;
                }
                match b[i] {
                    b'"' => break,
                    b'\\' if i + 1 < b.len() && is_text(b[i + 1]) => i += 2,
                    c if is_text(c) => i += 1,
                    _ => return false,
                }
            }
            i += 1;
        } else {
            let value = i;
            i = token(b, i);
            if i == value {
                return false;
            }
        }
    }
    true
}

/// The end of the token starting at `i` (`i` itself when there is none).
const fn token(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_tchar(b[i]) {
        i += 1;
    }
    i
}

const fn ows(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

/// tchar, RFC 9110 §5.6.2.
pub(crate) const fn is_tchar(c: u8) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

/// A character of a quoted-string (qdtext, or the one a quoted-pair escapes) other than the
/// closing quote, which the caller looks for first: visible ASCII, space or tab.
const fn is_text(c: u8) -> bool {
    c == b'\t' || c == b' ' || c.is_ascii_graphic()
}

#[cfg(test)]
mod tests {
    use super::is_media_type;

    #[test]
    fn media_types() {
        for good in [
            "text/plain",
            "text/plain; charset=utf-8",
            "application/problem+json",
            "application/vnd.api+json;ext=\"a b\"",
            "a/b ; c=d;e=f",
        ] {
            assert!(is_media_type(good), "{good}");
        }
        for bad in [
            "",
            "text",
            "text/",
            "/plain",
            "text/plain;",
            "text/plain; charset",
            "text/pl ain",
            "text/plain; a=\"unterminated",
            "tëxt/plain",
            "text/plain\r\n",
            "text/plain; a=",
        ] {
            assert!(!is_media_type(bad), "{bad}");
        }
    }
}
