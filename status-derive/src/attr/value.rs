//! The values of keys, each judged once, where it is read: header values against their
//! grammar, `header` lines and names, problem details' strings, the default status.

use super::{string, Attrs, BodyFormat, Header, Located, ProblemType, Scalar, Value};
use crate::ctxt::Ctxt;
use crate::grammar;
use crate::key::{Form, HeaderSpec, Key, Place};
use crate::rules;
use syn::Lit;

/// The keys of problem details (RFC 9457), each a string.
pub(super) fn problem_value(cx: &Ctxt, out: &mut Attrs, key: Key, value: Scalar) {
    let Some((text, span)) = string(cx, key, value) else {
        return;
    };
    match key.spec().form {
        // #[status(format = "problem+json")]
        Form::Format => {
            out.format = match text.as_str() {
                "text" => Some(BodyFormat::Text),
                "problem+json" => Some(BodyFormat::ProblemJson),
                _ => {
                    cx.error(span, EXPECTED_FORMAT);
                    None
                }
            };
        }
        // #[status(404, problem_type = "https://example.com/probs/no-user")]
        Form::ProblemType => match grammar::uri_reference(&text) {
            Ok(()) => {
                out.problem_type = Some(ProblemType {
                    relative_path: !grammar::has_scheme(&text) && !text.starts_with('/'),
                    uri: text,
                    span,
                });
            }
            Err(message) => cx.error(span, message),
        },
        // #[status(404, title = "No such user")]
        Form::Title => out.title = Some(Located { value: text, span }),
        // #[status(extension = "balance")] on a field
        Form::Extension => out.extension_name = Some(Located { value: text, span }),
        Form::Flag(_)
        | Form::Delegate
        | Form::Message
        | Form::CratePath
        | Form::Header(_)
        | Form::AnyHeader
        | Form::Instance
        | Form::Dynamic
        | Form::Code
        | Form::Default => {}
    }
}

// #[status(default = 500)]
pub(super) fn default_status(cx: &Ctxt, out: &mut Attrs, value: Scalar, place: Place) {
    if place == Place::Struct {
        cx.error(
            value.span(),
            "`default` goes on an enum: a struct has one status, written first",
        );
        return;
    }
    let Scalar::Other(Lit::Int(lit)) = value else {
        cx.error(value.span(), "expected a status code: default = 500");
        return;
    };
    match lit.base10_parse::<u16>() {
        Ok(code) if lit.suffix().is_empty() => match rules::check_range(code) {
            Ok(()) => {
                out.default = Some(Located {
                    value: code,
                    span: lit.span(),
                });
            }
            Err(message) => cx.error(lit.span(), message),
        },
        _ => cx.error(
            lit.span(),
            format!("{} is {}", lit.base10_digits(), rules::NOT_AN_ERROR),
        ),
    }
}

const EXPECTED_FORMAT: &str = "expected format = \"text\", format = \"problem+json\" (RFC 9457), \
     or the path of a type implementing status_core::Format";

// retry_after = 120, allow = "GET, HEAD", ...
pub(super) fn header_value(cx: &Ctxt, key: Key, spec: HeaderSpec, value: Scalar) -> Option<Value> {
    let (text, span, check) = match value {
        Scalar::Other(Lit::Int(int)) if key == Key::RetryAfter => {
            if !int.suffix().is_empty() {
                cx.error(
                    int.span(),
                    format!(
                        "write the seconds without a suffix: {}",
                        int.base10_digits()
                    ),
                );
                return None;
            }
            let check: fn(&str) -> grammar::Check = grammar::delay_seconds;
            (int.base10_digits().to_owned(), int.span(), check)
        }
        other => {
            let (text, span) = string(cx, key, other)?;
            (text, span, spec.grammar)
        }
    };
    match check(&text) {
        Ok(()) => Some(Value { key, text, span }),
        Err(message) => {
            cx.error(span, message);
            None
        }
    }
}

// "Name: value"
pub(super) fn header_line(cx: &Ctxt, value: Scalar) -> Option<Header> {
    let (text, span) = string(cx, Key::Header, value)?;
    let Some((name, value)) = text.split_once(':') else {
        cx.error(
            span,
            "expected \"Name: value\", as in header = \"X-Request-Id: 42\" (RFC 9110 §5)",
        );
        return None;
    };
    let value = value.trim_start_matches([' ', '\t']);
    let problem = checked_name(name)
        .err()
        .or_else(|| grammar::field_value(value).err());
    if let Some(message) = problem {
        cx.error(span, message);
        return None;
    }
    Some(Header {
        name: name.to_ascii_lowercase(),
        value: value.to_owned(),
    })
}

// #[status(header = "x-request-id")] on a field
pub(super) fn header_name(cx: &Ctxt, value: Scalar) -> Option<String> {
    let (name, span) = string(cx, Key::Header, value)?;
    if let Err(message) = checked_name(&name) {
        cx.error(span, message);
        return None;
    }
    Some(name.to_ascii_lowercase())
}

/// A header name `header` may write: a token, and not one with a key of its own.
fn checked_name(name: &str) -> grammar::Check {
    grammar::field_name(name)?;
    match rules::reserved_header(name) {
        Some(message) => Err(message.to_owned()),
        None => Ok(()),
    }
}
