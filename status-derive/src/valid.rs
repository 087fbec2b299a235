//! Rules that span several keys: which status needs which header, which flag fits which class.
//! The result is a plan per variant that `expand.rs` turns into code without further checks.

use crate::ast::{Field, Variant};
use crate::attr::{Attrs, StatusArg};
use crate::ctxt::Ctxt;
use crate::fmt::{self, Message};
use crate::rules;
use proc_macro2::Span;
use syn::{Member, Type};

/// What a variant's response is made of.
pub enum Plan<'a> {
    /// Status, headers and body come from the one field.
    Transparent { member: Member, ty: &'a Type },
    Direct(Direct),
}

pub struct Direct {
    /// The status on the wire (404 when concealed).
    pub code: u16,
    /// Lower-case names and checked values, in the order they are sent.
    pub headers: Vec<(String, String)>,
    pub body: Body,
}

pub enum Body {
    Message(Message),
    /// The type's `Display`; the span is the status, where a missing impl is reported.
    Display(Span),
}

/// Checks one variant; `None` when anything is wrong (the errors are in `cx`).
pub fn plan<'a>(cx: &Ctxt, variant: &Variant<'a>) -> Option<Plan<'a>> {
    let attrs = &variant.attrs;
    let Some(status) = &attrs.status else {
        if attrs.original.is_none() {
            cx.error(
                variant.span,
                format!(
                    "`{}` has no status: add #[status(404)], #[status(NOT_FOUND)] or \
                     #[status(transparent)]",
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

fn transparent<'a>(cx: &Ctxt, variant: &Variant<'a>, span: Span) -> Option<Plan<'a>> {
    let mut ok = true;
    if let Some(key) = variant.attrs.written.first() {
        cx.error(
            span,
            format!("transparent stands alone: `{key}` would be ignored, the field decides the response"),
        );
        ok = false;
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
    ok.then(|| Plan::Transparent {
        member: field.member.clone(),
        ty: field.ty,
    })
}

fn direct<'a>(cx: &Ctxt, variant: &Variant<'a>, code: u16, span: Span) -> Option<Plan<'a>> {
    let attrs = &variant.attrs;
    let before = cx.count();
    if let Err(problem) = rules::check_code(code, attrs.unregistered.is_some()) {
        cx.error(span, problem.message(code));
    }
    if let (Some(flag), Some(_)) = (attrs.unregistered, rules::registered(code)) {
        cx.error(
            flag,
            format!("`unregistered` is not needed: {code} is in the IANA registry"),
        );
    }
    let server_error = code >= 500;
    if let Some(flag) = attrs.expose {
        if !server_error {
            cx.error(flag, rules::EXPOSE_ON_4XX);
        } else if attrs.message.is_some() {
            cx.error(
                flag,
                "expose sends the Display text, but this variant has a message: keep one",
            );
        }
    }
    if let Some(flag) = attrs.conceal {
        if server_error || code == 404 {
            cx.error(flag, rules::CONCEAL_MISPLACED);
        }
    }
    if attrs.conceal.is_none() {
        for requirement in rules::REQUIREMENTS {
            if requirement.code == code && !attrs.wrote(requirement.key) {
                cx.error(span, requirement.message);
            }
        }
    }
    if let Some(retry_after) = &attrs.retry_after {
        if !rules::RETRY_AFTER_CODES.contains(&code) {
            cx.error(retry_after.span, rules::RETRY_AFTER_MISPLACED);
        }
    }
    let message = attrs
        .message
        .as_ref()
        .map(|lit| fmt::parse(cx, lit, variant.ident, &variant.fields));
    if cx.count() > before {
        return None;
    }

    if attrs.conceal.is_some() {
        return Some(Plan::Direct(Direct {
            code: 404,
            headers: Vec::new(),
            body: Body::Message(Message::Static(rules::reason(404).to_owned())),
        }));
    }
    let body = match message {
        Some(message) => Body::Message(message?),
        None if server_error && attrs.expose.is_none() => {
            Body::Message(Message::Static(rules::reason(code).to_owned()))
        }
        None => Body::Display(span),
    };
    Some(Plan::Direct(Direct {
        code,
        headers: headers(attrs),
        body,
    }))
}

/// The header lines of a variant, in the order they are sent.
fn headers(attrs: &Attrs) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    let mut add = |name: &str, value: &str| lines.push((name.to_owned(), value.to_owned()));
    for challenge in &attrs.www_authenticate {
        add("www-authenticate", &challenge.value);
    }
    for challenge in &attrs.proxy_authenticate {
        add("proxy-authenticate", &challenge.value);
    }
    let singles = [
        ("allow", &attrs.allow),
        ("retry-after", &attrs.retry_after),
        ("accept", &attrs.accept),
        ("accept-encoding", &attrs.accept_encoding),
        ("upgrade", &attrs.upgrade),
        ("content-range", &attrs.content_range),
    ];
    for (name, value) in singles {
        if let Some(value) = value {
            add(name, &value.value);
        }
    }
    if attrs.upgrade.is_some() {
        add("connection", "upgrade");
    }
    if let Some(uri) = &attrs.blocked_by {
        add("link", &format!("<{}>; rel=\"blocked-by\"", uri.value));
    }
    for header in &attrs.headers {
        add(&header.value.name, &header.value.value);
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
