//! Rules that relate several keys: which status needs which header, which flag fits which
//! class. Single values were judged when they were parsed (`attr.rs`); here the rule table of
//! `rules.rs` is applied to the variant as a whole. The result is a plan per variant that
//! `expand.rs` turns into code without further checks.

use crate::ast::Variant;
use crate::attr::{Attrs, Header, Located, StatusArg};
use crate::ctxt::Ctxt;
use crate::fmt::{self, Message};
use crate::key::{FieldTrait, Key};
use crate::rules::{self, Demand, Level, MemberName, Rule};
use proc_macro2::Span;
use syn::Member;

mod dynamic;
mod fields;

use fields::{field_keys, Supplied};

/// What a variant's response is made of.
pub enum Plan {
    /// Status and headers come from the one field, and the body too unless a message words it.
    Transparent {
        member: Member,
        message: Option<Message>,
    },
    Direct(Direct),
}

/// Where a direct variant's status comes from.
pub enum Status {
    /// Written, or the enum's default: the status on the wire (404 when concealed).
    Fixed(u16),
    /// `dynamic`: the `ErrorStatus` in a field.
    Dynamic(FieldRef),
}

pub struct Direct {
    pub status: Status,
    /// Static header lines, lower-case names and checked values, in the order they are sent.
    pub headers: Vec<Header>,
    /// Headers whose values come from fields, sent after the static ones.
    pub fields: Vec<FieldHeader>,
    pub body: Body,
    /// The members of the representation beyond the status and the detail (RFC 9457 §3).
    pub members: Members,
    /// SHOULD rules this variant breaks: compiler warnings.
    pub warnings: Vec<Warning>,
}

/// The parts of a variant's representation that the body text does not hold.
pub struct Members {
    /// The reason phrase, unless `title` is given; `None` where the status is dynamic and no
    /// title is given, so the phrase is the status's own at run time.
    pub title: Option<String>,
    pub problem_type: Option<String>,
    pub instance: Option<FieldRef>,
    pub extensions: Vec<Extension>,
}

impl Members {
    /// Whether there is no member beyond the title: the representation is the status, the
    /// title and the body's text.
    pub fn is_plain(&self) -> bool {
        self.problem_type.is_none() && self.instance.is_none() && self.extensions.is_empty()
    }
}

/// A field read by the representation.
pub struct FieldRef {
    pub member: Member,
    /// The field's type, where a type without the trait the member needs is reported.
    pub ty: Span,
}

/// An extension member from a field.
pub struct Extension {
    pub name: String,
    pub field: FieldRef,
}

/// A header whose value a field supplies.
pub struct FieldHeader {
    pub member: Member,
    /// Lower case.
    pub header: String,
    /// The trait the field's type implements to supply it.
    pub via: FieldTrait,
    /// The field's type, where a type that cannot supply the header is reported.
    pub ty: Span,
    /// The field alone answers a MUST rule, so its type must never be empty.
    pub required: bool,
}

pub enum Body {
    Message(Message),
    /// The type's `Display`; the span is the status, where a missing impl is reported.
    Display(Span),
    /// No detail: a 5xx that exposes nothing, or a concealed 4xx. The text body is the title.
    Title,
}

/// A broken SHOULD rule.
pub struct Warning {
    pub span: Span,
    pub message: String,
}

/// Checks one variant; `None` when anything is wrong (the errors are in `cx`). `default` is
/// the enum's `default = ...`, the status of a variant without a `#[status]`, and `Err(())`
/// where it was written but refused.
pub fn plan(
    cx: &Ctxt,
    variant: &Variant,
    default: Result<Option<&Located<u16>>, ()>,
) -> Option<Plan> {
    let attrs = &variant.attrs;
    let status = match (&attrs.status, default) {
        (Some(status), _) => status,
        (None, Ok(Some(default))) if attrs.original.is_none() => {
            return direct(cx, variant, default)
        }
        (None, default) => {
            if attrs.original.is_none() && default.is_ok() {
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
        }
    };
    match status {
        StatusArg::Transparent(span) => transparent(cx, variant, *span),
        StatusArg::Dynamic(span) => dynamic::plan(cx, variant, *span),
        StatusArg::Code(code) => direct(cx, variant, code),
    }
}

fn transparent(cx: &Ctxt, variant: &Variant, span: Span) -> Option<Plan> {
    let before = cx.count();
    for key in &variant.attrs.written {
        // The inner error decides status and headers; a message may still word the body.
        if key.value == Key::Message {
            continue;
        }
        cx.error(
            key.span,
            format!(
                "`{}` has no effect beside transparent, where the field decides the response: \
                 remove it (a message may still word the body)",
                key.value.name()
            ),
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
    let message = match &variant.attrs.message {
        Some(written) => Some(fmt::parse(cx, written, variant.ident, &variant.fields)?),
        None => None,
    };
    (cx.count() == before).then(|| Plan::Transparent {
        member: field.member.clone(),
        message,
    })
}

fn direct(cx: &Ctxt, variant: &Variant, status: &Located<u16>) -> Option<Plan> {
    let attrs = &variant.attrs;
    let code = status.value;
    let before = cx.count();
    let fields = field_keys(cx, variant);
    if let Some((_, at)) = &fields.code {
        cx.error(*at, rules::CODE_WITHOUT_DYNAMIC);
    }
    check_flags(cx, attrs, status, !fields.extensions.is_empty());
    let mut supplied = fields.headers;
    require_non_empty(code, attrs, &mut supplied);
    let has = |key: Key| {
        attrs.wrote(key)
            || supplied.iter().any(|field| field.key == key)
            || written_by_header(key, attrs, &supplied)
    };
    let explained = attrs.message.is_some()
        || if code >= 500 {
            attrs.flag(Key::Expose).is_some()
        } else {
            variant.has_error_attr
        };
    let concealed = attrs.flag(Key::Conceal).is_some();
    if !concealed {
        must(cx, attrs, status, &has, explained);
    }
    relations(cx, attrs, code, &supplied);
    let mut warnings = Vec::new();
    let extensions = extensions(cx, attrs, code, fields.extensions, &mut warnings);
    let message = attrs
        .message
        .as_ref()
        .map(|lit| fmt::parse(cx, lit, variant.ident, &variant.fields));
    if cx.count() > before {
        return None;
    }

    if concealed {
        return Some(Plan::Direct(Direct {
            status: Status::Fixed(404),
            headers: Vec::new(),
            fields: Vec::new(),
            body: Body::Title,
            members: Members {
                title: Some(rules::reason(404).to_owned()),
                problem_type: None,
                instance: None,
                extensions: Vec::new(),
            },
            warnings: Vec::new(),
        }));
    }
    should(attrs, status, &has, explained, &mut warnings);
    problem_advice(attrs, &mut warnings);
    let body = match message {
        Some(message) => Body::Message(message?),
        None if code >= 500 && attrs.flag(Key::Expose).is_none() => Body::Title,
        None => Body::Display(status.span),
    };
    let title = attrs.title.as_ref().map_or_else(
        || rules::reason(code).to_owned(),
        |title| title.value.clone(),
    );
    Some(Plan::Direct(Direct {
        status: Status::Fixed(code),
        headers: headers(attrs),
        fields: supplied.into_iter().map(|field| field.header).collect(),
        body,
        members: Members {
            title: Some(title),
            problem_type: attrs.problem_type.as_ref().map(|uri| uri.uri.clone()),
            instance: fields.instance,
            extensions,
        },
        warnings,
    }))
}

/// The extension members, their names checked: RFC 9457's own names are refused, names other
/// formats cannot carry warned about, and on a 5xx they need `expose`.
fn extensions(
    cx: &Ctxt,
    attrs: &Attrs,
    code: u16,
    written: Vec<(Extension, Span)>,
    warnings: &mut Vec<Warning>,
) -> Vec<Extension> {
    let mut out: Vec<Extension> = Vec::new();
    for (extension, at) in written {
        if code >= 500 && attrs.flag(Key::Expose).is_none() {
            cx.error(at, rules::EXTENSION_ON_5XX);
        }
        match rules::member_name(&extension.name) {
            MemberName::Fine => {}
            MemberName::Reserved(message) => cx.error(at, message),
            MemberName::Nonstandard(message) => {
                if attrs.flag(Key::NonstandardExtensionNames).is_none() {
                    warnings.push(Warning { span: at, message });
                }
            }
        }
        if out.iter().any(|known| known.name == extension.name) {
            cx.error(at, rules::DUPLICATE_MEMBER);
        }
        out.push(extension);
    }
    out
}

/// The SHOULD rules of RFC 9457 on the type and title.
pub(super) fn problem_advice(attrs: &Attrs, warnings: &mut Vec<Warning>) {
    if let (Some(title), None, None) = (
        &attrs.title,
        &attrs.problem_type,
        attrs.flag(Key::CustomTitle),
    ) {
        warnings.push(Warning {
            span: title.span,
            message: rules::TITLE_WITHOUT_TYPE.to_owned(),
        });
    }
    if let Some(uri) = &attrs.problem_type {
        if uri.relative_path && attrs.flag(Key::RelativeProblemType).is_none() {
            warnings.push(Warning {
                span: uri.span,
                message: rules::RELATIVE_PROBLEM_TYPE.to_owned(),
            });
        }
    }
}

/// The MUST rows of the rule table: a compile error each.
fn must(
    cx: &Ctxt,
    attrs: &Attrs,
    status: &Located<u16>,
    has: &dyn Fn(Key) -> bool,
    explained: bool,
) {
    for rule in rules::RULES.iter().filter(|rule| rule.code == status.value) {
        if let Level::Must = rule.level {
            if let Some(span) = broken(rule, attrs, status.span, has, explained) {
                cx.error(span, rule.say());
            }
        }
    }
}

/// The SHOULD rows of the rule table, and the SHOULD rule on method names: a warning each,
/// unless the response carries the silencing flag.
fn should(
    attrs: &Attrs,
    status: &Located<u16>,
    has: &dyn Fn(Key) -> bool,
    explained: bool,
    warnings: &mut Vec<Warning>,
) {
    for rule in rules::RULES.iter().filter(|rule| rule.code == status.value) {
        let Level::Should { silenced_by } = rule.level else {
            continue;
        };
        if attrs.flag(silenced_by).is_some() {
            continue;
        }
        if let Some(span) = broken(rule, attrs, status.span, has, explained) {
            warnings.push(Warning {
                span,
                message: rule.say(),
            });
        }
    }
    if let Some(method) = &attrs.lowercase_method {
        if attrs.flag(Key::LowercaseMethods).is_none() {
            warnings.push(Warning {
                span: method.span,
                message: rules::lowercase_method(&method.value),
            });
        }
    }
}

/// Headers that have a meaning only on some codes, and headers given twice, on the variant
/// and by a field.
fn relations(cx: &Ctxt, attrs: &Attrs, code: u16, supplied: &[Supplied]) {
    for placement in rules::PLACEMENTS {
        let written = attrs
            .values_of(placement.key)
            .next()
            .map(|value| value.span);
        let from_field = supplied
            .iter()
            .find(|field| field.key == placement.key)
            .map(|field| field.at);
        if let Some(at) = written.or(from_field) {
            if !placement.codes.contains(&code) {
                cx.error(at, placement.message);
            }
        }
    }
    for field in supplied {
        if field.key.spec().once.is_some() && attrs.wrote(field.key) {
            cx.error(
                field.at,
                format!(
                    "`{}` is already given on the variant: keep one of the two",
                    field.key.name()
                ),
            );
        }
    }
}

/// Marks the fields that alone answer a MUST rule: their types must never be empty (a `None`
/// or an empty `Vec` would send a 401 without a challenge).
fn require_non_empty(code: u16, attrs: &Attrs, supplied: &mut [Supplied]) {
    for rule in rules::RULES.iter().filter(|rule| rule.code == code) {
        if let (Level::Must, Demand::Carry(key)) = (rule.level, rule.demand) {
            if !attrs.wrote(key) {
                for field in supplied.iter_mut().filter(|field| field.key == key) {
                    field.header.required = true;
                }
            }
        }
    }
}

/// Whether `header` lines carry what `key` would: a key whose header `header` may write too
/// (`Link`, which carries other relations than `blocked_by`'s) is met by a `header = "Link:
/// ..."` line with the same relation, or by a `#[status(header = "link")]` field, whose value
/// is known only at run time.
fn written_by_header(key: Key, attrs: &Attrs, supplied: &[Supplied]) -> bool {
    let Some(spec) = key.header().filter(|spec| spec.reserved.is_empty()) else {
        return false;
    };
    let (_, after) = spec.wrap;
    let relation = after.trim_start_matches(['>', ';', ' ']);
    attrs
        .headers
        .iter()
        .any(|line| line.name == spec.header && line.value.contains(relation))
        || supplied
            .iter()
            .any(|field| field.key == Key::Header && field.header.header == spec.header)
}

/// Where `rule` is broken, if it applies and is: the status, the key that breaks it, or the
/// flag that turned it on.
fn broken(
    rule: &Rule,
    attrs: &Attrs,
    status: Span,
    has: &dyn Fn(Key) -> bool,
    explained: bool,
) -> Option<Span> {
    let at = match rule.when {
        Some(flag) => attrs.flag(flag)?,
        None => status,
    };
    match rule.demand {
        Demand::Carry(key) => (!has(key)).then_some(at),
        Demand::Omit(key) => has(key).then(|| attrs.written_at(key).unwrap_or(at)),
        Demand::Explain => (!explained).then_some(at),
    }
}

/// The registry, and the flags that depend on the code's class.
fn check_flags(cx: &Ctxt, attrs: &Attrs, status: &Located<u16>, extensions: bool) {
    let code = status.value;
    let unregistered = attrs.flag(Key::Unregistered);
    match (unregistered, rules::registered(code)) {
        (None, None) => cx.error(status.span, rules::unregistered(code)),
        (Some(flag), Some(_)) => cx.error(
            flag,
            format!(
                "remove `unregistered`: {code} is in the IANA HTTP Status Code Registry \
                 (RFC 9110 §16.2.1)"
            ),
        ),
        (None, Some(_)) | (Some(_), None) => {}
    }
    let server_error = code >= 500;
    if let Some(flag) = attrs.flag(Key::Expose) {
        if !server_error {
            cx.error(flag, rules::EXPOSE_ON_4XX);
        } else if attrs.message.is_some() && !extensions {
            cx.error(
                flag,
                "expose sends the Display text, but this variant has a message: keep one",
            );
        }
    }
    if let Some(flag) = attrs.flag(Key::Conceal) {
        if server_error || code == 404 {
            cx.error(flag, rules::CONCEAL_MISPLACED);
        }
    }
}

/// The static header lines of a variant, in the order they are sent.
pub(super) fn headers(attrs: &Attrs) -> Vec<Header> {
    let mut lines = Vec::new();
    // Most variants write no such key: the keys are not gone through.
    let keys: &[Key] = if attrs.values.is_empty() {
        &[]
    } else {
        Key::ALL
    };
    for key in keys {
        let Some(spec) = key.header() else { continue };
        for value in attrs.values_of(*key) {
            let (before, after) = spec.wrap;
            lines.push(Header {
                name: spec.header.to_owned(),
                value: format!("{before}{}{after}", value.text),
            });
            if let Some((name, value)) = spec.with {
                lines.push(Header {
                    name: name.to_owned(),
                    value: value.to_owned(),
                });
            }
        }
    }
    lines.extend(attrs.headers.iter().map(|header| Header {
        name: header.name.clone(),
        value: header.value.clone(),
    }));
    lines
}
