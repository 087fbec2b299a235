//! `#[status(...)]` attributes, parsed into typed values that keep their spans.
//!
//! The attribute's tokens are split at top-level commas and each piece is parsed on its own, so
//! one malformed piece is reported and the others are still read: every mistake comes out in
//! one compile.

use crate::ctxt::Ctxt;
use crate::grammar;
use crate::rules;
use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Attribute, Ident, Lit, LitInt, LitStr, Token};

/// A value written in the attribute, with the span of what it came from.
#[derive(Clone)]
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

/// Everything a `#[status(...)]` on a variant or struct says.
#[derive(Default)]
pub struct Attrs {
    /// The attribute itself, for errors that concern it as a whole.
    pub original: Option<Span>,
    pub status: Option<StatusArg>,
    pub message: Option<LitStr>,
    pub expose: Option<Span>,
    pub conceal: Option<Span>,
    pub unregistered: Option<Span>,
    pub www_authenticate: Vec<Located<String>>,
    pub proxy_authenticate: Vec<Located<String>>,
    pub allow: Option<Located<String>>,
    pub retry_after: Option<Located<String>>,
    pub accept: Option<Located<String>>,
    pub accept_encoding: Option<Located<String>>,
    pub upgrade: Option<Located<String>>,
    pub content_range: Option<Located<String>>,
    pub blocked_by: Option<Located<String>>,
    pub headers: Vec<Located<Header>>,
    /// `crate = "path"`, only on the type.
    pub krate: Option<syn::Path>,
    /// Every key written, valid or not, so that a malformed value is not reported again as
    /// a missing one.
    pub written: Vec<String>,
}

impl Attrs {
    pub fn wrote(&self, key: &str) -> bool {
        self.written.iter().any(|written| written == key)
    }
}

/// Where an attribute stands, which decides the keys it takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Enum,
    Variant,
    Struct,
}

/// Keys accepted on a variant (and on a struct), for suggestions and the unknown-key message.
const RESPONSE_KEYS: &[&str] = &[
    "message",
    "expose",
    "conceal",
    "transparent",
    "unregistered",
    "www_authenticate",
    "proxy_authenticate",
    "allow",
    "retry_after",
    "accept",
    "accept_encoding",
    "upgrade",
    "content_range",
    "blocked_by",
    "header",
];

const TYPE_KEYS: &[&str] = &["crate"];

/// Parses every `#[status]` among `attrs`. A second one is an error; the first is kept.
pub fn parse(cx: &Ctxt, attrs: &[Attribute], place: Place) -> Attrs {
    let mut out = Attrs::default();
    let mut seen = false;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("status")) {
        if seen {
            cx.error(
                attr.span(),
                "duplicate #[status]: put all keys in one attribute",
            );
            continue;
        }
        seen = true;
        out.original = Some(attr.span());
        let list = match &attr.meta {
            syn::Meta::List(list) => list,
            _ => {
                cx.error(attr.span(), expected_form(place));
                continue;
            }
        };
        let mut first = true;
        for piece in split_commas(list.tokens.clone()) {
            parse_piece(cx, &mut out, piece, first, place);
            first = false;
        }
        if matches!(place, Place::Variant | Place::Struct) && out.status.is_none() {
            cx.error(attr.span(), expected_form(place));
        }
    }
    out
}

fn expected_form(place: Place) -> &'static str {
    match place {
        Place::Enum => "expected #[status(crate = \"path\")] on an enum; statuses go on each variant",
        Place::Variant | Place::Struct => {
            "expected a status code first, as in #[status(404)], #[status(NOT_FOUND)] or \
             #[status(transparent)]"
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
        path.push(input.call(<Ident as syn::ext::IdentExt>::parse_any)?);
        if !input.peek(Token![::]) {
            break;
        }
        input.parse::<Token![::]>()?;
    }
    if input.peek(Token![=]) && path.len() == 1 {
        input.parse::<Token![=]>()?;
        let lit = unwrap_none_group(input)?;
        return Ok(Piece::Pair(path.remove(0), lit));
    }
    Ok(Piece::Path(path))
}

/// Reads a literal, looking through the invisible groups `macro_rules!` wraps fragments in.
fn unwrap_none_group(input: ParseStream) -> syn::Result<Lit> {
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
            cx.syn_error(syn::Error::new(
                err.span(),
                format!(
                    "expected a status code, a key, or key = \"value\": {err}"
                ),
            ));
            return;
        }
    };
    match piece {
        // #[status(404)]
        Piece::Int(lit) => status_code(cx, out, &lit, first, place),
        // #[status(NOT_FOUND)], #[status(StatusCode::NOT_FOUND)], #[status(transparent)]
        Piece::Path(path) => {
            let last = &path[path.len() - 1];
            if path.len() == 1 && is_key(&last.to_string()) {
                flag(cx, out, last, first, place);
            } else if is_constant_name(&last.to_string()) {
                status_constant(cx, out, &path, first, place);
            } else {
                unknown_key(cx, last, place);
            }
        }
        // #[status(405, allow = "GET, HEAD")]
        Piece::Pair(key, value) => pair(cx, out, &key, value, place),
    }
}

fn is_key(name: &str) -> bool {
    RESPONSE_KEYS.contains(&name) || TYPE_KEYS.contains(&name)
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
    match lit.base10_parse::<u16>() {
        Ok(code) => out.status = Some(StatusArg::Code(Located { value: code, span: lit.span() })),
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
    let last = &path[path.len() - 1];
    let span = path
        .first()
        .and_then(|head| head.span().join(last.span()))
        .unwrap_or_else(|| last.span());
    if !status_allowed_here(cx, span, first, place) {
        return;
    }
    let name = last.to_string();
    // `http::StatusCode::X`, `StatusCode::X` or `X`: anything else names another type.
    let owner_ok = match path.len() {
        1 => true,
        _ => path[path.len() - 2] == "StatusCode",
    };
    match rules::by_constant(&name) {
        Some(code) if owner_ok => out.status = Some(StatusArg::Code(Located { value: code, span })),
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
    if place == Place::Enum {
        cx.error(
            span,
            "a status goes on each variant, not on the enum: #[status(404)] above the variant",
        );
        false
    } else if !first {
        cx.error(
            span,
            "the status code comes first: #[status(404, message = \"...\")]",
        );
        false
    } else {
        true
    }
}

fn flag(cx: &Ctxt, out: &mut Attrs, key: &Ident, first: bool, place: Place) {
    let name = key.to_string();
    if !key_allowed_here(cx, key, &name, place) {
        return;
    }
    let span = key.span();
    let slot = match name.as_str() {
        // #[status(transparent)]
        "transparent" => {
            if status_allowed_here(cx, span, first, place) {
                out.status = Some(StatusArg::Transparent(span));
            }
            return;
        }
        // #[status(500, expose)]
        "expose" => &mut out.expose,
        // #[status(403, conceal)]
        "conceal" => &mut out.conceal,
        // #[status(499, unregistered)]
        "unregistered" => &mut out.unregistered,
        _ => {
            cx.error(span, format!("`{name}` takes a value: {name} = \"...\""));
            return;
        }
    };
    out.written.push(name.clone());
    if slot.is_some() {
        cx.error(span, format!("duplicate `{name}`"));
    } else {
        *slot = Some(span);
    }
}

fn key_allowed_here(cx: &Ctxt, key: &Ident, name: &str, place: Place) -> bool {
    let allowed = match place {
        Place::Enum => TYPE_KEYS.contains(&name),
        Place::Variant => RESPONSE_KEYS.contains(&name),
        Place::Struct => RESPONSE_KEYS.contains(&name) || TYPE_KEYS.contains(&name),
    };
    if !allowed {
        let message = if TYPE_KEYS.contains(&name) {
            format!("`{name}` goes on the enum or struct, not on a variant")
        } else {
            format!("`{name}` goes on a variant, not on the enum")
        };
        cx.error(key.span(), message);
    }
    allowed
}

fn unknown_key(cx: &Ctxt, key: &Ident, place: Place) {
    let name = key.to_string();
    let keys: Vec<&str> = match place {
        Place::Enum => TYPE_KEYS.to_vec(),
        Place::Variant => RESPONSE_KEYS.to_vec(),
        Place::Struct => RESPONSE_KEYS.iter().chain(TYPE_KEYS).copied().collect(),
    };
    let message = match closest(&name, &keys) {
        Some(best) => format!("unknown key `{name}`; did you mean `{best}`?"),
        None => format!("unknown key `{name}`; expected one of: {}", keys.join(", ")),
    };
    cx.error(key.span(), message);
}

/// The key nearest to `name` by edit distance, if it is near enough to be a typo.
fn closest<'a>(name: &str, keys: &[&'a str]) -> Option<&'a str> {
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

fn pair(cx: &Ctxt, out: &mut Attrs, key: &Ident, value: Lit, place: Place) {
    let name = key.to_string();
    if !is_key(&name) {
        unknown_key(cx, key, place);
        return;
    }
    if !key_allowed_here(cx, key, &name, place) {
        return;
    }
    out.written.push(name.clone());
    match name.as_str() {
        // #[status(crate = "::my_status")]
        "crate" => {
            let Some(lit) = string(cx, &name, value) else { return };
            match lit.parse::<syn::Path>() {
                Ok(path) if out.krate.is_none() => out.krate = Some(path),
                Ok(_) => cx.error(key.span(), "duplicate `crate`"),
                Err(_) => cx.error(lit.span(), "expected a path, as in crate = \"::status_core\""),
            }
        }
        // #[status(404, message = "no user {id}")]
        "message" => {
            let Some(lit) = string(cx, &name, value) else { return };
            if out.message.is_some() {
                cx.error(key.span(), "duplicate `message`");
            } else {
                out.message = Some(lit);
            }
        }
        // #[status(401, www_authenticate = r#"Bearer realm="api""#)]
        "www_authenticate" => {
            if let Some(v) = checked(cx, &name, value, grammar::challenge) {
                out.www_authenticate.push(v);
            }
        }
        // #[status(407, proxy_authenticate = r#"Basic realm="proxy""#)]
        "proxy_authenticate" => {
            if let Some(v) = checked(cx, &name, value, grammar::challenge) {
                out.proxy_authenticate.push(v);
            }
        }
        // #[status(405, allow = "GET, HEAD")]
        "allow" => single(cx, key, &mut out.allow, checked(cx, &name, value, grammar::allow)),
        // #[status(503, retry_after = 120)], #[status(503, retry_after = "Sun, 06 Nov 1994 08:49:37 GMT")]
        "retry_after" => {
            let v = match value {
                Lit::Int(int) => checked_text(
                    cx,
                    int.base10_digits().to_owned(),
                    int.span(),
                    grammar::delay_seconds,
                ),
                other => checked(cx, &name, other, grammar::retry_after),
            };
            single(cx, key, &mut out.retry_after, v);
        }
        // #[status(415, accept = "application/json")]
        "accept" => single(cx, key, &mut out.accept, checked(cx, &name, value, grammar::accept)),
        // #[status(415, accept_encoding = "gzip, br")]
        "accept_encoding" => {
            let v = checked(cx, &name, value, grammar::accept_encoding);
            single(cx, key, &mut out.accept_encoding, v);
        }
        // #[status(426, upgrade = "HTTP/2.0, websocket")]
        "upgrade" => {
            let v = checked(cx, &name, value, grammar::upgrade);
            single(cx, key, &mut out.upgrade, v);
        }
        // #[status(416, content_range = "bytes */1234")]
        "content_range" => {
            let v = checked(cx, &name, value, grammar::content_range_unsatisfied);
            single(cx, key, &mut out.content_range, v);
        }
        // #[status(451, blocked_by = "https://authority.example/")]
        "blocked_by" => {
            let v = checked(cx, &name, value, grammar::uri_reference);
            single(cx, key, &mut out.blocked_by, v);
        }
        // #[status(429, header = "RateLimit-Policy: 100;w=60")]
        "header" => {
            if let Some(header) = header(cx, value) {
                out.headers.push(header);
            }
        }
        _ => cx.error(
            key.span(),
            format!("`{name}` is a flag and takes no value: write `{name}` alone"),
        ),
    }
}

fn single<T>(cx: &Ctxt, key: &Ident, slot: &mut Option<T>, value: Option<T>) {
    if slot.is_some() {
        cx.error(key.span(), format!("duplicate `{key}`"));
    } else if value.is_some() {
        *slot = value;
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

fn checked(
    cx: &Ctxt,
    key: &str,
    value: Lit,
    check: fn(&str) -> grammar::Check,
) -> Option<Located<String>> {
    let lit = string(cx, key, value)?;
    checked_text(cx, lit.value(), lit.span(), check)
}

fn checked_text(
    cx: &Ctxt,
    text: String,
    span: Span,
    check: fn(&str) -> grammar::Check,
) -> Option<Located<String>> {
    match check(&text) {
        Ok(()) => Some(Located { value: text, span }),
        Err(message) => {
            cx.error(span, message);
            None
        }
    }
}

// "Name: value"
fn header(cx: &Ctxt, value: Lit) -> Option<Located<Header>> {
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
    let problem = grammar::field_name(name)
        .err()
        .or_else(|| rules::reserved_header(name).map(str::to_owned))
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
