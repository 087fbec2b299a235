//! `#[status(...)]` attributes, parsed into typed values that keep their spans.
//!
//! The attribute's tokens are read in one pass, piece by piece between top-level commas; a
//! malformed piece is reported and skipped up to the next comma, and the others are still
//! read: every mistake comes out in one compile. A value that stands alone (a status code, a header value) is judged here, once,
//! against `rules` and the key's grammar; `valid` judges what relates several keys.

mod piece;
mod value;

use crate::ctxt::Ctxt;
use crate::fmt;
use crate::grammar;
use crate::key::{self, Flag, Form, Framework, Key, Place};
use crate::rules;
use piece::{pieces, split_commas, written_arg, Int, Piece, Scalar};
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Ident, LitStr};
use value::{default_status, header_line, header_name, header_value, problem_value};

/// A value written in the attribute, with the span of what it came from.
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

/// The status argument: a code in 400..=599 other than 418, or `transparent`.
pub enum StatusArg {
    Code(Located<u16>),
    Transparent(Span),
    /// `dynamic`: the status is a field's.
    Dynamic(Span),
}

/// A checked value of a key that writes a header, such as `allow = "GET, HEAD"`.
pub struct Value {
    pub key: Key,
    pub text: String,
    pub span: Span,
}

/// The body format of a type.
pub enum BodyFormat {
    Text,
    ProblemJson,
    /// A type implementing `status_core::Format`.
    Custom(syn::Path),
}

/// A checked `problem_type`.
pub struct ProblemType {
    pub uri: String,
    pub span: Span,
    /// Relative, and not starting with `/`, which RFC 9457 §3.1.1 advises against.
    pub relative_path: bool,
}

/// A `header = "Name: value"` line, already checked.
pub struct Header {
    /// Lower case, ready for `HeaderName::from_static`.
    pub name: String,
    pub value: String,
}

/// Everything a `#[status(...)]` on a variant, struct, enum or field says.
#[derive(Default)]
pub struct Attrs {
    /// The `status` of the attribute, for errors that concern it as a whole.
    pub original: Option<Span>,
    pub status: Option<StatusArg>,
    pub message: Option<fmt::Written>,
    /// Flags written, such as `expose` or `conceal`.
    pub flags: Vec<Located<Key>>,
    /// Checked values of the keys that write a header, in the order written.
    pub values: Vec<Value>,
    /// `header = "Name: value"` lines.
    pub headers: Vec<Header>,
    /// `header = "name"` on a field: the lower-case name of the header it supplies.
    pub field_header: Option<String>,
    /// The first lower-case method of `allow`, which a SHOULD rule warns about.
    pub lowercase_method: Option<Located<String>>,
    /// `crate = "path"`, only on the type.
    pub krate: Option<syn::Path>,
    /// `format = ...`, only on the type.
    pub format: Option<BodyFormat>,
    /// `default = 500`, only on an enum.
    pub default: Option<Located<u16>>,
    /// `title = "..."`.
    pub title: Option<Located<String>>,
    /// `problem_type = "..."`, checked as a URI reference.
    pub problem_type: Option<ProblemType>,
    /// `extension = "name"` on a field: the member's name, where it is not the field's.
    pub extension_name: Option<Located<String>>,
    /// Every key written, valid or not, so that a malformed value is not reported again as
    /// a missing one.
    pub written: Vec<Located<Key>>,
}

impl Attrs {
    pub fn wrote(&self, key: Key) -> bool {
        self.written.iter().any(|written| written.value == key)
    }

    /// Where `key` was first written.
    pub fn written_at(&self, key: Key) -> Option<Span> {
        self.written
            .iter()
            .find(|written| written.value == key)
            .map(|written| written.span)
    }

    pub fn flag(&self, key: Key) -> Option<Span> {
        self.flags
            .iter()
            .find(|flag| flag.value == key)
            .map(|flag| flag.span)
    }

    /// The values of one key, in the order written.
    pub fn values_of(&self, key: Key) -> impl Iterator<Item = &Value> + '_ {
        self.values.iter().filter(move |value| value.key == key)
    }

    /// The framework integrations the type's author wrote by hand.
    pub fn opt_outs(&self) -> Vec<Framework> {
        self.flags
            .iter()
            .filter_map(|flag| match flag.value.spec().form {
                Form::Flag(Flag::OptOut(framework)) => Some(framework),
                _ => None,
            })
            .collect()
    }
}

/// Parses every `#[status]` among `attrs`. A second one is an error; the first is kept.
pub fn parse(cx: &Ctxt, attrs: &[Attribute], place: Place) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("status")) {
        // One identifier: its span, with no tokens made to find it.
        let path = attr.path();
        let path_span = path.get_ident().map_or_else(|| path.span(), Ident::span);
        if out.original.is_some() {
            cx.error(
                path_span,
                "duplicate #[status]: put all keys in one attribute",
            );
            continue;
        }
        out.original = Some(path_span);
        let syn::Meta::List(list) = &attr.meta else {
            cx.error(path_span, expected_form(place));
            continue;
        };
        let before = cx.count();
        pieces(list, |piece, first| match piece {
            Ok(piece) => parse_piece(cx, &mut out, piece, first, place),
            Err(err) => cx.error(
                err.span(),
                format!("expected a status code, a key, or key = \"value\": {err}"),
            ),
        });
        let needs_status = matches!(place, Place::Variant | Place::Struct);
        if needs_status && out.status.is_none() && cx.count() == before {
            cx.error(path_span, expected_form(place));
        }
    }
    out
}

fn expected_form(place: Place) -> &'static str {
    match place {
        Place::Enum => {
            "expected #[status(crate = \"path\")] on an enum; statuses go on each variant"
        }
        Place::Variant | Place::Struct => {
            "expected a status code first, as in #[status(404)], #[status(NOT_FOUND)] or \
             #[status(transparent)]"
        }
        Place::Field => {
            "expected the header this field supplies, as in #[status(retry_after)] or \
             #[status(header = \"x-request-id\")]"
        }
    }
}

fn parse_piece(cx: &Ctxt, out: &mut Attrs, piece: Piece, first: bool, place: Place) {
    match piece {
        // #[status(404)]
        Piece::Int(int) => status_code(cx, out, &int, first, place),
        // #[status(NOT_FOUND)], #[status(StatusCode::NOT_FOUND)], #[status(expose)]
        Piece::Path(path) => match path.as_slice() {
            [.., last] if is_constant_name(&last.to_string()) => {
                status_constant(cx, out, &path, first, place);
            }
            [key] => flag(cx, out, key, first, place),
            [.., last] => unknown_key(cx, out, last, place),
            [] => {}
        },
        // #[status(405, allow = "GET, HEAD")]
        Piece::Pair(key, value) => pair(cx, out, &key, value, place),
        // #[status(format = my::Format)]
        Piece::PairPath(key, path) => pair_path(cx, out, &key, path, place),
        // #[status(400, message("{} of {max} fields", .fields.len(), max = 10))]
        Piece::Call(key, group) => call(cx, out, &key, &group, place),
    }
}

fn is_constant_name(name: &str) -> bool {
    name.bytes().any(|b| b.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

fn status_code(cx: &Ctxt, out: &mut Attrs, int: &Int, first: bool, place: Place) {
    if !status_allowed_here(cx, int.span, first, place) {
        return;
    }
    if !int.suffix.is_empty() {
        cx.error(
            int.span,
            format!("write the status code without a suffix: {}", int.digits),
        );
        return;
    }
    let Ok(code) = int.digits.parse::<u16>() else {
        cx.error(
            int.span,
            format!("{} is {}", int.digits, rules::NOT_AN_ERROR),
        );
        return;
    };
    set_code(cx, out, code, int.span);
}

fn status_constant(cx: &Ctxt, out: &mut Attrs, path: &[Ident], first: bool, place: Place) {
    let Some(last) = path.last() else { return };
    if !status_allowed_here(cx, last.span(), first, place) {
        return;
    }
    let name = last.to_string();
    // `http::StatusCode::X`, `StatusCode::X` or `X`: anything else names another type.
    let owner_ok = path.len() < 2 || path[path.len() - 2] == "StatusCode";
    match rules::by_constant(&name) {
        Some(code) if owner_ok && (400..=599).contains(&code) => {
            set_code(cx, out, code, last.span());
        }
        Some(code) if owner_ok => cx.error(
            last.span(),
            format!("`{name}` is {code}, {}", rules::NOT_AN_ERROR),
        ),
        _ => cx.error(
            last.span(),
            format!(
                "`{name}` is not an http::StatusCode constant: expected a code such as 404 or \
                 NOT_FOUND (RFC 9110 §15)"
            ),
        ),
    }
}

/// Keeps `code` when it can be a status at all; whether it is registered depends on the
/// `unregistered` flag, which `valid` weighs.
fn set_code(cx: &Ctxt, out: &mut Attrs, code: u16, span: Span) {
    match rules::check_range(code) {
        Ok(()) => out.status = Some(StatusArg::Code(Located { value: code, span })),
        Err(message) => cx.error(span, message),
    }
}

fn status_allowed_here(cx: &Ctxt, span: Span, first: bool, place: Place) -> bool {
    match place {
        Place::Enum => {
            cx.error(
                span,
                "a status goes on each variant, not on the enum: #[status(404)] above the variant",
            );
            false
        }
        Place::Field => {
            cx.error(
                span,
                "a status goes on the variant or struct, not on a field",
            );
            false
        }
        Place::Variant | Place::Struct if !first => {
            cx.error(
                span,
                "the status code comes first: #[status(404, message = \"...\")]",
            );
            false
        }
        Place::Variant | Place::Struct => true,
    }
}

/// The key `ident` names, if `place` takes it; otherwise an error is recorded.
fn known_key(cx: &Ctxt, out: &mut Attrs, ident: &Ident, place: Place) -> Option<Key> {
    // `unraw()` would read the identifier's text across the bridge twice.
    let text = ident.to_string();
    let name = text.strip_prefix("r#").unwrap_or(&text);
    let Some(key) = Key::named(name) else {
        unknown_key(cx, out, ident, place);
        return None;
    };
    let on = key.spec().on;
    if on.takes(place) {
        return Some(key);
    }
    let message = match place {
        Place::Enum if on.takes(Place::Variant) => {
            format!("`{name}` goes on a variant, not on the enum")
        }
        Place::Variant if on.takes(Place::Enum) => {
            format!("`{name}` goes on the enum, not on a variant")
        }
        Place::Field => format!(
            "`{name}` does not apply to a field; a field takes one of: {}",
            names(&Key::taken_at(Place::Field))
        ),
        _ => format!("`{name}` does not apply here"),
    };
    cx.error(ident.span(), message);
    None
}

fn names(keys: &[Key]) -> String {
    let names: Vec<&str> = keys.iter().map(|key| key.name()).collect();
    names.join(", ")
}

fn unknown_key(cx: &Ctxt, out: &mut Attrs, ident: &Ident, place: Place) {
    let name = ident.unraw().to_string();
    let keys = Key::taken_at(place);
    let upper = name.to_ascii_uppercase();
    let message = if let Some(hint) = key::meant(&name) {
        format!("unknown key `{name}`: {hint}")
    } else if rules::by_constant(&upper).is_some()
        && matches!(place, Place::Variant | Place::Struct)
    {
        format!("unknown key `{name}`; did you mean the status `{upper}`?")
    } else if let Some(best) = closest(&name, &keys) {
        // Count the intended key as written, so its absence is not reported too.
        out.written.push(Located {
            value: best,
            span: ident.span(),
        });
        format!("unknown key `{name}`; did you mean `{}`?", best.name())
    } else {
        format!("unknown key `{name}`; expected one of: {}", names(&keys))
    };
    cx.error(ident.span(), message);
}

/// The key nearest to `name` by edit distance, if it is near enough to be a typo.
fn closest(name: &str, keys: &[Key]) -> Option<Key> {
    keys.iter()
        .map(|key| (distance(name, key.name()), *key))
        .filter(|(d, key)| *d <= 2.max(key.name().len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, key)| key)
}

/// Levenshtein distance over chars.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Records `key` as written; `false` (with an error) when it already was and may not repeat.
fn first_time(cx: &Ctxt, out: &mut Attrs, key: Key, span: Span) -> bool {
    let once = key.spec().once;
    let duplicate = once.is_some() && out.wrote(key);
    out.written.push(Located { value: key, span });
    if let (true, Some(hint)) = (duplicate, once) {
        cx.error(span, format!("duplicate `{}`: {hint}", key.name()));
    }
    !duplicate
}

// #[status(transparent)], #[status(500, expose)], #[status(retry_after)] on a field
fn flag(cx: &Ctxt, out: &mut Attrs, ident: &Ident, first: bool, place: Place) {
    let Some(key) = known_key(cx, out, ident, place) else {
        return;
    };
    let span = ident.span();
    let form = key.spec().form;
    // #[status(transparent)], #[status(dynamic, message = "...")]
    if let Form::Delegate | Form::Dynamic = form {
        if status_allowed_here(cx, span, first, place) {
            out.status = Some(match form {
                Form::Dynamic => StatusArg::Dynamic(span),
                _ => StatusArg::Transparent(span),
            });
        }
        return;
    }
    if !first_time(cx, out, key, span) {
        return;
    }
    match form {
        Form::Flag(_) => out.flags.push(Located { value: key, span }),
        // On a field, the key alone names the header the field's value is sent as.
        Form::Header(_) if place == Place::Field => {}
        // #[status(extension)], #[status(instance)], #[status(code)] on a field
        Form::Extension | Form::Instance | Form::Code => {}
        Form::Header(_)
        | Form::AnyHeader
        | Form::Message
        | Form::CratePath
        | Form::Delegate
        | Form::Dynamic
        | Form::Default
        | Form::Format
        | Form::ProblemType
        | Form::Title => {
            let name = key.name();
            cx.error(span, format!("`{name}` takes a value: {name} = \"...\""));
        }
    }
}

fn pair(cx: &Ctxt, out: &mut Attrs, ident: &Ident, value: Scalar, place: Place) {
    let Some(key) = known_key(cx, out, ident, place) else {
        return;
    };
    if !first_time(cx, out, key, ident.span()) {
        return;
    }
    match key.spec().form {
        Form::Header(_) if place == Place::Field => cx.error(
            ident.span(),
            format!(
                "on a field, write #[status({})] alone: the field's value is the header",
                key.name()
            ),
        ),
        // #[status(405, allow = "GET, HEAD")]
        Form::Header(spec) => {
            if let Some(value) = header_value(cx, key, spec, value) {
                if key == Key::Allow {
                    out.lowercase_method = grammar::lowercase_methods(&value.text)
                        .into_iter()
                        .next()
                        .map(|method| Located {
                            value: method,
                            span: value.span,
                        });
                }
                out.values.push(value);
            }
        }
        // #[status(crate = "::my_status")]
        Form::CratePath => {
            let Some((text, span)) = string(cx, key, value) else {
                return;
            };
            match LitStr::new(&text, span).parse::<syn::Path>() {
                Ok(path) => out.krate = Some(path),
                Err(_) => cx.error(span, "expected a path, as in crate = \"::status_core\""),
            }
        }
        // #[status(404, message = "no user {id}")]
        Form::Message => {
            out.message = string(cx, key, value).map(|(text, span)| fmt::Written {
                text,
                span,
                args: Vec::new(),
            });
        }
        // #[status(header = "x-request-id")] on a field
        Form::AnyHeader if place == Place::Field => {
            out.field_header = header_name(cx, value);
        }
        // #[status(429, header = "RateLimit-Policy: 100;w=60")]
        Form::AnyHeader => {
            if let Some(header) = header_line(cx, value) {
                out.headers.push(header);
            }
        }
        Form::Format | Form::ProblemType | Form::Title | Form::Extension => {
            problem_value(cx, out, key, value);
        }
        // #[status(default = 500)] on an enum
        Form::Default => default_status(cx, out, value, place),
        Form::Flag(_) | Form::Delegate | Form::Dynamic | Form::Instance | Form::Code => {
            let span = ident.span();
            if let Form::Flag(_) = key.spec().form {
                out.flags.push(Located { value: key, span });
            }
            let name = key.name();
            cx.error(
                value.span(),
                format!("`{name}` is a flag and takes no value: write `{name}` alone"),
            );
        }
    }
}

// #[status(400, message("{} of {max} fields", .fields.len(), max = 10))]
fn call(cx: &Ctxt, out: &mut Attrs, ident: &Ident, group: &proc_macro2::Group, place: Place) {
    let Some(key) = known_key(cx, out, ident, place) else {
        return;
    };
    if !first_time(cx, out, key, ident.span()) {
        return;
    }
    let name = key.name();
    if !matches!(key.spec().form, Form::Message) {
        cx.error(
            group.span(),
            format!("`{name}` takes a value after `=`, not arguments: {name} = \"...\""),
        );
        return;
    }
    let mut pieces = split_commas(group.stream()).into_iter();
    let lit = pieces
        .next()
        .and_then(|first| syn::parse2::<LitStr>(first).ok());
    let Some(lit) = lit else {
        cx.error(
            group.span(),
            "expected the format string first, as in message(\"{} of {max}\", .fields.len(), \
             max = 10)",
        );
        return;
    };
    let args = pieces.map(written_arg).collect();
    out.message = Some(fmt::Written {
        text: lit.value(),
        span: lit.span(),
        args,
    });
}

// #[status(format = my::Format)]
fn pair_path(cx: &Ctxt, out: &mut Attrs, ident: &Ident, path: syn::Path, place: Place) {
    let Some(key) = known_key(cx, out, ident, place) else {
        return;
    };
    if !first_time(cx, out, key, ident.span()) {
        return;
    }
    match key.spec().form {
        Form::Format => out.format = Some(BodyFormat::Custom(path)),
        _ => cx.error(
            path.span(),
            format!("expected a string literal: {} = \"...\"", key.name()),
        ),
    }
}

/// A string literal's text and span.
fn string(cx: &Ctxt, key: Key, value: Scalar) -> Option<(String, Span)> {
    match value {
        Scalar::Str(text, span) => Some((text, span)),
        Scalar::Other(lit) => {
            cx.error(
                lit.span(),
                format!("expected a string literal: {} = \"...\"", key.name()),
            );
            None
        }
    }
}
