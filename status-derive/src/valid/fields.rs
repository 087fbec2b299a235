//! What a variant's fields supply: each field one header, one member of the representation,
//! or the status of a dynamic variant.

use super::{Extension, FieldHeader, FieldRef};
use crate::ast::Variant;
use crate::ctxt::Ctxt;
use crate::key::{FieldTrait, Form, Key};
use crate::rules;
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::Member;

/// A header a field supplies, with the key that says so.
pub(super) struct Supplied {
    pub key: Key,
    /// The key on the field.
    pub at: Span,
    pub header: FieldHeader,
}

/// What a variant's fields supply: headers and members of the representation.
#[derive(Default)]
pub(super) struct FieldKeys {
    pub headers: Vec<Supplied>,
    pub instance: Option<FieldRef>,
    /// With the span of the key, or of the name where one is written.
    pub extensions: Vec<(Extension, Span)>,
    /// `#[status(code)]`, with the key's span.
    pub code: Option<(FieldRef, Span)>,
}

/// What a variant's fields supply: each field one header or one member.
pub(super) fn field_keys(cx: &Ctxt, variant: &Variant) -> FieldKeys {
    let mut out = FieldKeys::default();
    for field in &variant.fields {
        let attrs = &field.attrs;
        let mut written = attrs.written.iter();
        let Some(key) = written.next() else {
            continue;
        };
        if let Some(extra) = written.next() {
            cx.error(
                extra.span,
                format!(
                    "a field supplies one header; `{}` is already given: remove `{}`",
                    key.value.name(),
                    extra.value.name()
                ),
            );
            continue;
        }
        let ty = field.ty_span();
        let field_ref = || FieldRef {
            member: field.member.clone(),
            ty,
        };
        let (header, via) = match key.value.spec().form {
            Form::Header(spec) => match spec.field {
                Some(via) => (spec.header.to_owned(), via),
                None => continue,
            },
            Form::AnyHeader => match &attrs.field_header {
                Some(name) => (name.clone(), FieldTrait::Other),
                // The key was malformed and already reported.
                None => continue,
            },
            // #[status(code)]
            Form::Code => {
                if out.code.is_some() {
                    cx.error(
                        key.span,
                        "a dynamic variant has one status: keep one #[status(code)]",
                    );
                }
                out.code = Some((field_ref(), key.span));
                continue;
            }
            // #[status(instance)]
            Form::Instance => {
                if out.instance.is_some() {
                    cx.error(key.span, rules::DUPLICATE_MEMBER);
                }
                out.instance = Some(field_ref());
                continue;
            }
            // #[status(extension)], #[status(extension = "name")]
            Form::Extension => {
                let (name, at) = match (&attrs.extension_name, &field.member) {
                    (Some(name), _) => (name.value.clone(), name.span),
                    (None, Member::Named(ident)) => (ident.unraw().to_string(), key.span),
                    (None, Member::Unnamed(_)) => {
                        cx.error(key.span, rules::UNNAMED_EXTENSION);
                        continue;
                    }
                };
                let extension = Extension {
                    name,
                    field: field_ref(),
                };
                out.extensions.push((extension, at));
                continue;
            }
            // Not taken on a field, and already reported.
            Form::Flag(_)
            | Form::Delegate
            | Form::Message
            | Form::CratePath
            | Form::Format
            | Form::ProblemType
            | Form::Title
            | Form::Dynamic
            | Form::Default => continue,
        };
        out.headers.push(Supplied {
            key: key.value,
            at: key.span,
            header: FieldHeader {
                member: field.member.clone(),
                header,
                via,
                ty,
                required: false,
            },
        });
    }
    out
}
