//! `#[status(dynamic, message = "...")]`: a status chosen at run time, held by a field of type
//! `status_core::ErrorStatus`, which only holds codes that no MUST rule ties to a header. What
//! depends on the code (headers keyed to statuses, flags of a class, extension members a 5xx
//! would leak) is refused here, since the code is unknown at compile time.

use super::fields::field_keys;
use super::{headers, problem_advice, Body, Direct, FieldTrait, Members, Plan, Status};
use crate::ast::Variant;
use crate::ctxt::Ctxt;
use crate::fmt;
use crate::key::Key;
use crate::rules;
use proc_macro2::Span;

pub(super) fn plan(cx: &Ctxt, variant: &Variant, span: Span) -> Option<Plan> {
    let attrs = &variant.attrs;
    let before = cx.count();
    for key in &attrs.written {
        let free = matches!(
            key.value,
            Key::Message
                | Key::Header
                | Key::Title
                | Key::ProblemType
                | Key::CustomTitle
                | Key::RelativeProblemType
        );
        if !free {
            cx.error(key.span, rules::tied_to_code(key.value.name()));
        }
    }
    let fields = field_keys(cx, variant);
    for field in &fields.headers {
        if field.header.via != FieldTrait::Other {
            cx.error(field.at, rules::tied_to_code(field.key.name()));
        }
    }
    for (_, at) in &fields.extensions {
        cx.error(*at, rules::EXTENSION_ON_DYNAMIC);
    }
    let Some((code, _)) = fields.code else {
        cx.error(span, rules::DYNAMIC_WITHOUT_CODE);
        return None;
    };
    let Some(written) = &attrs.message else {
        cx.error(span, rules::DYNAMIC_WITHOUT_MESSAGE);
        return None;
    };
    let message = fmt::parse(cx, written, variant.ident, &variant.fields);
    if cx.count() > before {
        return None;
    }
    let mut warnings = Vec::new();
    problem_advice(attrs, &mut warnings);
    Some(Plan::Direct(Direct {
        status: Status::Dynamic(code),
        headers: headers(attrs),
        fields: fields
            .headers
            .into_iter()
            .map(|field| field.header)
            .collect(),
        body: Body::Message(message?),
        members: Members {
            title: attrs.title.as_ref().map(|title| title.value.clone()),
            problem_type: attrs.problem_type.as_ref().map(|uri| uri.uri.clone()),
            instance: fields.instance,
            extensions: Vec::new(),
        },
        warnings,
    }))
}
