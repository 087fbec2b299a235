//! Rules that span several keys: which status needs which header, which flag fits which class.
//! The result is a plan per variant that `expand.rs` turns into code without further checks.

use crate::ast::{Field, Variant};
use crate::attr::{Attrs, StatusArg, HEADER_KEYS};
use crate::ctxt::Ctxt;
use crate::fmt::{self, Message};
use crate::grammar;
use crate::rules::{self, Advice};
use proc_macro2::Span;
use syn::Member;

/// What a variant's response is made of.
pub enum Plan {
    /// Status, headers and body come from the one field.
    Transparent {
        member: Member,
    },
    Direct(Direct),
}

pub struct Direct {
    /// The status on the wire (404 when concealed).
    pub code: u16,
    /// Lower-case names and checked values, in the order they are sent.
    pub headers: Vec<(String, String)>,
    /// Headers whose values come from fields, sent after the static ones, with the span of
    /// the field's type, where a type that cannot supply the header is reported.
    pub fields: Vec<(Member, FieldHeader, Span)>,
    pub body: Body,
    /// SHOULD rules this variant breaks: compiler warnings at these spans.
    pub warnings: Vec<(Span, String)>,
}

/// The header a field supplies, which decides the trait its type must implement.
pub enum FieldHeader {
    /// `www-authenticate` or `proxy-authenticate`: one field line per challenge.
    Challenge(&'static str),
    Allow,
    RetryAfter,
    ContentRange,
    /// Any other header, by its lower-case name.
    Other(String),
}

pub enum Body {
    Message(Message),
    /// The type's `Display`; the span is the status, where a missing impl is reported.
    Display(Span),
}

/// Checks one variant; `None` when anything is wrong (the errors are in `cx`).
pub fn plan(cx: &Ctxt, variant: &Variant) -> Option<Plan> {
    let attrs = &variant.attrs;
    let Some(status) = &attrs.status else {
        if attrs.original.is_none() {
            cx.error(
                variant.span,
                format!(
                    "`{}` has no status: add #[status(404)], #[status(NOT_FOUND)] or \
                     #[status(transparent)] above it",
                    variant.ident
                ),
            );
        }
        return None;
    };
    match status {
        StatusArg::Transparent(span) => transparent(cx, variant, *span),
        StatusArg::Code(code) => direct(cx, variant, code.value, code.span),
    }
}

fn transparent(cx: &Ctxt, variant: &Variant, span: Span) -> Option<Plan> {
    let before = cx.count();
    for (key, key_span) in &variant.attrs.written {
        cx.error(
            *key_span,
            format!("`{key}` has no effect beside transparent, where the field decides the response: remove it"),
        );
    }
    for field in &variant.fields {
        if let Some(original) = field.attrs.original {
            cx.error(
                original,
                "a transparent variant's field already supplies its headers: remove this #[status]",
            );
        }
    }
    let [field] = variant.fields.as_slice() else {
        cx.error(
            span,
            format!(
                "transparent needs exactly one field, the error to delegate to; `{}` has {}",
                variant.ident,
                variant.fields.len()
            ),
        );
        return None;
    };
    (cx.count() == before).then(|| Plan::Transparent {
        member: field.member.clone(),
    })
}

fn direct(cx: &Ctxt, variant: &Variant, code: u16, span: Span) -> Option<Plan> {
    let attrs = &variant.attrs;
    let before = cx.count();
    check_code_and_flags(cx, attrs, code, span);
    let server_error = code >= 500;
    let conceal = attrs.flag("conceal");
    let fields = field_headers(cx, variant);
    let has = |key: &str| {
        attrs.wrote(key)
            || fields
                .iter()
                .any(|(_, header, _, _)| header_key(header) == key)
    };
    if conceal.is_none() {
        for requirement in rules::REQUIREMENTS {
            if requirement.code == code && !has(requirement.key) {
                cx.error(span, requirement.message);
            }
        }
    }
    let retry_after = attrs
        .values_of("retry_after")
        .next()
        .map(|value| value.span);
    let retry_after_field = fields
        .iter()
        .find(|(_, header, _, _)| matches!(header, FieldHeader::RetryAfter))
        .map(|(_, _, span, _)| *span);
    if let Some(at) = retry_after.or(retry_after_field) {
        if !rules::RETRY_AFTER_CODES.contains(&code) {
            cx.error(at, rules::RETRY_AFTER_MISPLACED);
        }
    }
    for (_, header, field_span, _) in &fields {
        let key = header_key(header);
        let single = HEADER_KEYS.iter().any(|k| k.key == key && !k.repeatable);
        if single && attrs.wrote(key) {
            cx.error(
                *field_span,
                format!("`{key}` is already given on the variant: keep one of the two"),
            );
        }
    }
    let message = attrs
        .message
        .as_ref()
        .map(|lit| fmt::parse(cx, lit, variant.ident, &variant.fields));
    if cx.count() > before {
        return None;
    }

    if conceal.is_some() {
        return Some(Plan::Direct(Direct {
            code: 404,
            headers: Vec::new(),
            fields: Vec::new(),
            body: Body::Message(Message::Static(rules::reason(404).to_owned())),
            warnings: Vec::new(),
        }));
    }
    let warnings = advice(variant, code, span, &has);
    let body = match message {
        Some(message) => Body::Message(message?),
        None if server_error && attrs.flag("expose").is_none() => {
            Body::Message(Message::Static(rules::reason(code).to_owned()))
        }
        None => Body::Display(span),
    };
    Some(Plan::Direct(Direct {
        code,
        headers: headers(attrs),
        fields: fields
            .into_iter()
            .map(|(member, header, _, ty)| (member, header, ty))
            .collect(),
        body,
        warnings,
    }))
}

/// The code against the registry, and the flags that depend on its class.
fn check_code_and_flags(cx: &Ctxt, attrs: &Attrs, code: u16, span: Span) {
    if let Err(problem) = rules::check_code(code, attrs.flag("unregistered").is_some()) {
        cx.error(span, problem.message(code));
    }
    if let (Some(flag), Some(_)) = (attrs.flag("unregistered"), rules::registered(code)) {
        cx.error(
            flag,
            format!(
                "remove `unregistered`: {code} is in the IANA HTTP Status Code Registry \
                 (RFC 9110 §16.2.1)"
            ),
        );
    }
    let server_error = code >= 500;
    if let Some(flag) = attrs.flag("expose") {
        if !server_error {
            cx.error(flag, rules::EXPOSE_ON_4XX);
        } else if attrs.message.is_some() {
            cx.error(
                flag,
                "expose sends the Display text, but this variant has a message: keep one",
            );
        }
    }
    if let Some(flag) = attrs.flag("conceal") {
        if server_error || code == 404 {
            cx.error(flag, rules::CONCEAL_MISPLACED);
        }
    }
}

/// The SHOULD rules: each broken one becomes a warning, unless its flag silences it.
fn advice(
    variant: &Variant,
    code: u16,
    status_span: Span,
    has: &dyn Fn(&str) -> bool,
) -> Vec<(Span, String)> {
    let attrs = &variant.attrs;
    let mut warnings = Vec::new();
    let mut warn = |advice: &Advice, span: Span, values: &[(&str, &str)]| {
        if attrs.flag(advice.silence).is_none() {
            warnings.push((span, advice.say(values)));
        }
    };
    if code == 416 && !has("content_range") {
        warn(&rules::MISSING_CONTENT_RANGE, status_span, &[]);
    }
    if code == 451 && !has("blocked_by") {
        warn(&rules::MISSING_BLOCKED_BY, status_span, &[]);
    }
    if code == 511 && has("www_authenticate") {
        let at = attrs
            .written
            .iter()
            .find(|(key, _)| *key == "www_authenticate")
            .map_or(status_span, |(_, span)| *span);
        warn(&rules::CHALLENGE_ON_511, at, &[]);
    }
    if let Some(temporary) = attrs.flag("temporary") {
        if code == 413 && !has("retry_after") {
            warn(&rules::TEMPORARY_WITHOUT_RETRY_AFTER, temporary, &[]);
        }
    }
    for allow in attrs.values_of("allow") {
        if let Some(method) = grammar::lowercase_methods(&allow.value).first() {
            let upper = method.to_ascii_uppercase();
            warn(
                &rules::LOWERCASE_METHOD,
                allow.span,
                &[("method", method), ("upper", &upper)],
            );
        }
    }
    let explained = attrs.message.is_some()
        || if code >= 500 {
            attrs.flag("expose").is_some()
        } else {
            variant.has_error_attr
        };
    if rules::EXPLAINED_CODES.contains(&code) && !explained {
        let section = rules::registered(code).map_or("", |entry| entry.section);
        warn(
            &rules::UNEXPLAINED,
            status_span,
            &[("code", &code.to_string()), ("section", section)],
        );
    }
    warnings
}

fn header_key(header: &FieldHeader) -> &'static str {
    match header {
        FieldHeader::Challenge("www-authenticate") => "www_authenticate",
        FieldHeader::Challenge(_) => "proxy_authenticate",
        FieldHeader::Allow => "allow",
        FieldHeader::RetryAfter => "retry_after",
        FieldHeader::ContentRange => "content_range",
        FieldHeader::Other(_) => "header",
    }
}

/// The headers a variant's fields supply, with the span of each field's key.
fn field_headers(cx: &Ctxt, variant: &Variant) -> Vec<(Member, FieldHeader, Span, Span)> {
    let mut out = Vec::new();
    for field in &variant.fields {
        let attrs = &field.attrs;
        let mut written = attrs.written.iter();
        let Some((key, span)) = written.next() else {
            continue;
        };
        if let Some((extra, extra_span)) = written.next() {
            cx.error(
                *extra_span,
                format!("a field supplies one header; `{key}` is already given: remove `{extra}`"),
            );
            continue;
        }
        let header = match *key {
            "www_authenticate" => FieldHeader::Challenge("www-authenticate"),
            "proxy_authenticate" => FieldHeader::Challenge("proxy-authenticate"),
            "allow" => FieldHeader::Allow,
            "retry_after" => FieldHeader::RetryAfter,
            "content_range" => FieldHeader::ContentRange,
            _ => match attrs.headers.first() {
                Some(name) => FieldHeader::Other(name.value.name.clone()),
                // The key was malformed and already reported.
                None => continue,
            },
        };
        let ty = syn::spanned::Spanned::span(field.ty);
        out.push((field.member.clone(), header, *span, ty));
    }
    out
}

/// The static header lines of a variant, in the order they are sent.
fn headers(attrs: &Attrs) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    for key in HEADER_KEYS {
        for value in attrs.values_of(key.key) {
            let value = if key.key == "blocked_by" {
                format!("<{}>; rel=\"blocked-by\"", value.value)
            } else {
                value.value.clone()
            };
            lines.push((key.header.to_owned(), value));
            if key.key == "upgrade" {
                lines.push(("connection".to_owned(), "upgrade".to_owned()));
            }
        }
    }
    for header in &attrs.headers {
        lines.push((header.value.name.clone(), header.value.value.clone()));
    }
    lines
}

/// Whether a field's type mentions one of `params`, so that a bound on it is needed.
pub fn mentions_param(field: &Field, params: &[&syn::Ident]) -> bool {
    fn walk(tokens: proc_macro2::TokenStream, params: &[&syn::Ident]) -> bool {
        tokens.into_iter().any(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => params.iter().any(|param| **param == ident),
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), params),
            _ => false,
        })
    }
    walk(quote::ToTokens::to_token_stream(field.ty), params)
}
