//! `#[status(...)]` attributes, parsed into typed values that keep their spans.
//!
//! The attribute's tokens are split at top-level commas and each piece is parsed on its own, so
//! one malformed piece is reported and the others are still read: every mistake comes out in
//! one compile.

use crate::ctxt::Ctxt;
use crate::grammar;
use crate::rules;
use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Attribute, Ident, Lit, LitInt, LitStr, Token};

/// A value written in the attribute, with the span of what it came from.
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

/// The status argument: a code, or `transparent`.
pub enum StatusArg {
    Code(Located<u16>),
    Transparent(Span),
}

/// A header line to send, already checked.
pub struct Header {
    /// Lower case, ready for `HeaderName::from_static`.
    pub name: String,
    pub value: String,
}

/// Everything a `#[status(...)]` on a variant, struct or enum says.
#[derive(Default)]
pub struct Attrs {
    /// The `status` of the attribute, for errors that concern it as a whole.
    pub original: Option<Span>,
    pub status: Option<StatusArg>,
    pub message: Option<LitStr>,
    /// Flags written, such as `expose` or `conceal`, with their spans.
    pub flags: Vec<(&'static str, Span)>,
    /// Checked header values of the keys in [`HEADER_KEYS`], in the order written.
    pub values: Vec<(&'static HeaderKey, Located<String>)>,
    /// `header = "Name: value"` lines.
    pub headers: Vec<Located<Header>>,
    /// `crate = "path"`, only on the type.
    pub krate: Option<syn::Path>,
    /// Every key written, valid or not, so that a malformed value is not reported again as
    /// a missing one.
    pub written: Vec<(&'static str, Span)>,
}

impl Attrs {
    pub fn wrote(&self, key: &str) -> bool {
        self.written.iter().any(|(written, _)| *written == key)
    }

    pub fn flag(&self, name: &str) -> Option<Span> {
        self.flags
            .iter()
            .find(|(flag, _)| *flag == name)
            .map(|(_, span)| *span)
    }

    /// The values of one key, in the order written.
    pub fn values_of<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Located<String>> + 'a {
        self.values
            .iter()
            .filter(move |(header_key, _)| header_key.key == key)
            .map(|(_, value)| value)
    }
}

/// Where an attribute stands, which decides the keys it takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Enum,
    Variant,
    Struct,
    Field,
}

/// A key whose value becomes a header, checked by its grammar.
pub struct HeaderKey {
    pub key: &'static str,
    /// Lower case.
    pub header: &'static str,
    pub repeatable: bool,
    pub check: fn(&str) -> grammar::Check,
    /// What a duplicate should be told.
    pub once: &'static str,
}

/// The header keys, in the order their lines are sent.
pub const HEADER_KEYS: &[HeaderKey] = &[
    HeaderKey {
        key: "www_authenticate",
        header: "www-authenticate",
        repeatable: true,
        check: grammar::challenge,
        once: "",
    },
    HeaderKey {
        key: "proxy_authenticate",
        header: "proxy-authenticate",
        repeatable: true,
        check: grammar::challenge,
        once: "",
    },
    HeaderKey {
        key: "allow",
        header: "allow",
        repeatable: false,
        check: grammar::allow,
        once: "Allow is one list, so write every method in one allow = \"GET, HEAD\" \
               (RFC 9110 §10.2.1)",
    },
    HeaderKey {
        key: "retry_after",
        header: "retry-after",
        repeatable: false,
        check: grammar::retry_after,
        once: "Retry-After is sent once (RFC 9110 §10.2.3)",
    },
    HeaderKey {
        key: "accept",
        header: "accept",
        repeatable: false,
        check: grammar::accept,
        once: "Accept is one list, so write every media range in one value (RFC 9110 §12.5.1)",
    },
    HeaderKey {
        key: "accept_encoding",
        header: "accept-encoding",
        repeatable: false,
        check: grammar::accept_encoding,
        once: "Accept-Encoding is one list, so write every coding in one value (RFC 9110 §12.5.3)",
    },
    HeaderKey {
        key: "upgrade",
        header: "upgrade",
        repeatable: false,
        check: grammar::upgrade,
        once: "Upgrade is one list, in descending preference, so write every protocol in \
               one value (RFC 9110 §7.8)",
    },
    HeaderKey {
        key: "content_range",
        header: "content-range",
        repeatable: false,
        check: grammar::content_range_unsatisfied,
        once: "Content-Range is sent once (RFC 9110 §14.4)",
    },
    HeaderKey {
        key: "blocked_by",
        header: "link",
        repeatable: false,
        check: grammar::uri_reference,
        once: "a 451 names one blocking entity (RFC 7725 §4)",
    },
];

/// Flags a variant or struct takes, besides `transparent` and [`rules::ADVICE_FLAGS`].
const RESPONSE_FLAGS: &[&str] = &["expose", "conceal", "unregistered"];

/// Flags on the type: the framework integrations it opts out of.
pub const TYPE_FLAGS: &[&str] = &["no_axum", "no_actix", "no_poem"];

/// Keys a field takes: the header its value is written to.
const FIELD_KEYS: &[&str] = &[
    "www_authenticate",
    "proxy_authenticate",
    "allow",
    "retry_after",
    "content_range",
    "header",
];

/// Every key a place takes, for lookups and suggestions.
fn keys(place: Place) -> Vec<&'static str> {
    let mut keys = Vec::new();
    if matches!(place, Place::Variant | Place::Struct) {
        keys.extend(["message", "transparent", "header"]);
        keys.extend(RESPONSE_FLAGS);
        keys.extend(rules::ADVICE_FLAGS);
        keys.extend(HEADER_KEYS.iter().map(|key| key.key));
    }
    if matches!(place, Place::Enum | Place::Struct) {
        keys.push("crate");
        keys.extend(TYPE_FLAGS);
    }
    if place == Place::Field {
        keys.extend(FIELD_KEYS);
    }
    keys
}

/// Every key any place takes.
fn all_keys() -> Vec<&'static str> {
    let mut all = keys(Place::Struct);
    all.extend(FIELD_KEYS);
    all
}

/// Parses every `#[status]` among `attrs`. A second one is an error; the first is kept.
pub fn parse(cx: &Ctxt, attrs: &[Attribute], place: Place) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("status")) {
        let path_span = attr.path().span();
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
        for (i, piece) in split_commas(list.tokens.clone()).into_iter().enumerate() {
            parse_piece(cx, &mut out, piece, i == 0, place);
        }
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

/// Splits at commas outside any group; empty pieces (a trailing comma) are dropped.
fn split_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut pieces = Vec::new();
    let mut current = Vec::new();
    for tree in tokens {
        if let TokenTree::Punct(punct) = &tree {
            if punct.as_char() == ',' {
                pieces.push(current.drain(..).collect());
                continue;
            }
        }
        current.push(tree);
    }
    if !current.is_empty() {
        pieces.push(current.into_iter().collect());
    }
    pieces
}

/// One piece of an attribute as written: a literal, a path, or `key = value`.
enum Piece {
    Int(LitInt),
    Path(Vec<Ident>),
    Pair(Ident, Lit),
}

fn read_piece(input: ParseStream) -> syn::Result<Piece> {
    if input.peek(LitInt) {
        return Ok(Piece::Int(input.parse()?));
    }
    let mut path = Vec::new();
    input.parse::<Option<Token![::]>>()?;
    loop {
        // Keys like `crate` are keywords, so any identifier is accepted here.
        path.push(input.call(Ident::parse_any)?);
        if !input.peek(Token![::]) {
            break;
        }
        input.parse::<Token![::]>()?;
    }
    if input.peek(Token![=]) && path.len() == 1 {
        input.parse::<Token![=]>()?;
        let lit = literal(input)?;
        return Ok(Piece::Pair(path.remove(0), lit));
    }
    Ok(Piece::Path(path))
}

/// Reads a literal, looking through the invisible groups `macro_rules!` wraps fragments in.
fn literal(input: ParseStream) -> syn::Result<Lit> {
    if let Some((TokenTree::Group(group), _)) = input.cursor().token_tree() {
        if group.delimiter() == Delimiter::None {
            input.step(|cursor| Ok(((), cursor.token_tree().map_or(*cursor, |(_, c)| c))))?;
            return syn::parse2(group.stream());
        }
    }
    input.parse()
}

fn parse_piece(cx: &Ctxt, out: &mut Attrs, tokens: TokenStream, first: bool, place: Place) {
    let piece = match read_piece.parse2(tokens) {
        Ok(piece) => piece,
        Err(err) => {
            cx.error(
                err.span(),
                format!("expected a status code, a key, or key = \"value\": {err}"),
            );
            return;
        }
    };
    match piece {
        // #[status(404)]
        Piece::Int(lit) => status_code(cx, out, &lit, first, place),
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
    }
}

fn is_constant_name(name: &str) -> bool {
    name.bytes().any(|b| b.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

fn status_code(cx: &Ctxt, out: &mut Attrs, lit: &LitInt, first: bool, place: Place) {
    if !status_allowed_here(cx, lit.span(), first, place) {
        return;
    }
    if !lit.suffix().is_empty() {
        cx.error(
            lit.span(),
            format!(
                "write the status code without a suffix: {}",
                lit.base10_digits()
            ),
        );
        return;
    }
    match lit.base10_parse::<u16>() {
        Ok(code) => {
            out.status = Some(StatusArg::Code(Located {
                value: code,
                span: lit.span(),
            }));
        }
        Err(_) => cx.error(
            lit.span(),
            format!(
                "{} is not an error status: expected a 4xx or 5xx code (RFC 9110 §15.5, §15.6)",
                lit.base10_digits()
            ),
        ),
    }
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
            out.status = Some(StatusArg::Code(Located {
                value: code,
                span: last.span(),
            }));
        }
        Some(code) if owner_ok => cx.error(
            last.span(),
            format!(
                "`{name}` is {code}, not an error status: expected a 4xx or 5xx code \
                 (RFC 9110 §15.5, §15.6)"
            ),
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
fn known_key(cx: &Ctxt, out: &mut Attrs, ident: &Ident, place: Place) -> Option<&'static str> {
    let name = ident.unraw().to_string();
    if let Some(key) = keys(place).into_iter().find(|key| *key == name) {
        return Some(key);
    }
    let message = match place {
        _ if !all_keys().contains(&name.as_str()) => {
            unknown_key(cx, out, ident, place);
            return None;
        }
        Place::Enum if keys(Place::Variant).contains(&name.as_str()) => {
            format!("`{name}` goes on a variant, not on the enum")
        }
        Place::Variant if keys(Place::Enum).contains(&name.as_str()) => {
            format!("`{name}` goes on the enum, not on a variant")
        }
        Place::Field => format!(
            "`{name}` does not apply to a field; a field takes one of: {}",
            FIELD_KEYS.join(", ")
        ),
        _ => format!("`{name}` does not apply here"),
    };
    cx.error(ident.span(), message);
    None
}

fn unknown_key(cx: &Ctxt, out: &mut Attrs, key: &Ident, place: Place) {
    let name = key.unraw().to_string();
    let keys = keys(place);
    let upper = name.to_ascii_uppercase();
    let message = if rules::by_constant(&upper).is_some()
        && matches!(place, Place::Variant | Place::Struct)
    {
        format!("unknown key `{name}`; did you mean the status `{upper}`?")
    } else if let Some(best) = closest(&name, &keys) {
        // Count the intended key as written, so its absence is not reported too.
        out.written.push((best, key.span()));
        format!("unknown key `{name}`; did you mean `{best}`?")
    } else {
        format!("unknown key `{name}`; expected one of: {}", keys.join(", "))
    };
    cx.error(key.span(), message);
}

/// The key nearest to `name` by edit distance, if it is near enough to be a typo.
fn closest(name: &str, keys: &[&'static str]) -> Option<&'static str> {
    keys.iter()
        .map(|key| (distance(name, key), *key))
        .filter(|(d, key)| *d <= 2.max(key.len() / 3))
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
fn first_time(cx: &Ctxt, out: &mut Attrs, key: &'static str, span: Span) -> bool {
    let repeatable = key == "header"
        || HEADER_KEYS
            .iter()
            .any(|header_key| header_key.key == key && header_key.repeatable);
    let duplicate = !repeatable && out.wrote(key);
    out.written.push((key, span));
    if duplicate {
        let hint = match HEADER_KEYS.iter().find(|header_key| header_key.key == key) {
            Some(header_key) => header_key.once,
            None if key == "message" => "a response has one body",
            None => "give it once",
        };
        cx.error(span, format!("duplicate `{key}`: {hint}"));
    }
    !duplicate
}

// #[status(transparent)], #[status(500, expose)], #[status(retry_after)] on a field
fn flag(cx: &Ctxt, out: &mut Attrs, ident: &Ident, first: bool, place: Place) {
    let Some(key) = known_key(cx, out, ident, place) else {
        return;
    };
    let span = ident.span();
    if key == "transparent" {
        if status_allowed_here(cx, span, first, place) {
            out.status = Some(StatusArg::Transparent(span));
        }
        return;
    }
    if !first_time(cx, out, key, span) {
        return;
    }
    if place == Place::Field && key != "header" {
        return;
    }
    if RESPONSE_FLAGS.contains(&key)
        || rules::ADVICE_FLAGS.contains(&key)
        || TYPE_FLAGS.contains(&key)
    {
        out.flags.push((key, span));
    } else {
        cx.error(span, format!("`{key}` takes a value: {key} = \"...\""));
    }
}

fn pair(cx: &Ctxt, out: &mut Attrs, ident: &Ident, value: Lit, place: Place) {
    let Some(key) = known_key(cx, out, ident, place) else {
        return;
    };
    if !first_time(cx, out, key, ident.span()) {
        return;
    }
    if let Some(header_key) = HEADER_KEYS.iter().find(|header_key| header_key.key == key) {
        if place == Place::Field {
            cx.error(
                ident.span(),
                format!(
                    "on a field, write #[status({key})] alone: the field's value is the header"
                ),
            );
            return;
        }
        if let Some(value) = header_value(cx, header_key, value) {
            out.values.push((header_key, value));
        }
        return;
    }
    match key {
        // #[status(crate = "::my_status")]
        "crate" => {
            let Some(lit) = string(cx, key, value) else {
                return;
            };
            match lit.parse::<syn::Path>() {
                Ok(path) => out.krate = Some(path),
                Err(_) => cx.error(
                    lit.span(),
                    "expected a path, as in crate = \"::status_core\"",
                ),
            }
        }
        // #[status(404, message = "no user {id}")]
        "message" => out.message = string(cx, key, value),
        // #[status(429, header = "RateLimit-Policy: 100;w=60")]
        "header" if place != Place::Field => {
            if let Some(header) = header_line(cx, value) {
                out.headers.push(header);
            }
        }
        // #[status(header = "x-request-id")] on a field
        "header" => {
            if let Some(name) = header_name(cx, value) {
                out.headers.push(name);
            }
        }
        _ => {
            out.flags.push((key, ident.span()));
            cx.error(
                value.span(),
                format!("`{key}` is a flag and takes no value: write `{key}` alone"),
            );
        }
    }
}

fn string(cx: &Ctxt, key: &str, value: Lit) -> Option<LitStr> {
    match value {
        Lit::Str(lit) => Some(lit),
        other => {
            cx.error(
                other.span(),
                format!("expected a string literal: {key} = \"...\""),
            );
            None
        }
    }
}

// retry_after = 120, allow = "GET, HEAD", ...
fn header_value(cx: &Ctxt, key: &HeaderKey, value: Lit) -> Option<Located<String>> {
    let (text, span, check) = match value {
        Lit::Int(int) if key.key == "retry_after" => {
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
            let lit = string(cx, key.key, other)?;
            (lit.value(), lit.span(), key.check)
        }
    };
    match check(&text) {
        Ok(()) => Some(Located { value: text, span }),
        Err(message) => {
            cx.error(span, message);
            None
        }
    }
}

// "Name: value"
fn header_line(cx: &Ctxt, value: Lit) -> Option<Located<Header>> {
    let lit = string(cx, "header", value)?;
    let text = lit.value();
    let span = lit.span();
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
    Some(Located {
        value: Header {
            name: name.to_ascii_lowercase(),
            value: value.to_owned(),
        },
        span,
    })
}

// #[status(header = "x-request-id")] on a field
fn header_name(cx: &Ctxt, value: Lit) -> Option<Located<Header>> {
    let lit = string(cx, "header", value)?;
    let name = lit.value();
    if let Err(message) = checked_name(&name) {
        cx.error(lit.span(), message);
        return None;
    }
    Some(Located {
        value: Header {
            name: name.to_ascii_lowercase(),
            value: String::new(),
        },
        span: lit.span(),
    })
}

/// A header name `header` may write: a token, and not one with a key of its own.
fn checked_name(name: &str) -> grammar::Check {
    grammar::field_name(name)?;
    match rules::reserved_header(name) {
        Some(message) => Err(message.to_owned()),
        None => Ok(()),
    }
}
