//! The model of the derive's input: the type, its variants and their attributes.

use crate::attr::{self, Attrs, BodyFormat, Located};
use crate::ctxt::Ctxt;
use crate::key::{Framework, Key, Place};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Ident, Index, Member, Type};

pub struct Input<'a> {
    pub original: &'a DeriveInput,
    /// `#[status(crate = "path")]`.
    pub krate: Option<syn::Path>,
    /// `#[status(format = ...)]`: how the body is written.
    pub format: BodyFormat,
    /// `#[status(default = 500)]` on an enum: the status of a variant without one.
    pub default: Option<Located<u16>>,
    /// Whether `default` was written, valid or not.
    pub wrote_default: bool,
    /// `no_axum`, `no_actix`, `no_poem`: integrations the type's author wrote by hand.
    pub opt_outs: Vec<Framework>,
    pub shape: Shape<'a>,
}

pub enum Shape<'a> {
    Enum(Vec<Variant<'a>>),
    Struct(Box<Variant<'a>>),
}

/// A variant, or a struct standing for its one response.
pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub attrs: Attrs,
    /// Matched as `Type::Variant` rather than `Type`.
    pub in_enum: bool,
    /// An enum's variant without fields or brackets, which a pattern names by its path alone.
    pub unit: bool,
    pub fields: Vec<Field<'a>>,
    /// `#[cfg]`s, repeated on every generated match arm.
    pub cfgs: Vec<&'a Attribute>,
    /// Where errors about the variant as a whole point.
    pub span: Span,
    /// Carries thiserror's `#[error(...)]`, so its `Display` text explains the error.
    pub has_error_attr: bool,
}

pub struct Field<'a> {
    pub member: Member,
    pub ty: &'a Type,
    /// The span of `ty`, found once (see [`type_span`]).
    ty_span: Span,
    /// `#[status(retry_after)]` and the like: the field supplies a header.
    pub attrs: Attrs,
}

impl<'a> Input<'a> {
    /// Reads `input`; unions and misplaced attributes are recorded in `cx`.
    pub fn from_syn(cx: &Ctxt, input: &'a DeriveInput) -> Option<Self> {
        match &input.data {
            Data::Enum(data) => {
                let mut attrs = attr::parse(cx, &input.attrs, Place::Enum);
                let variants = data
                    .variants
                    .iter()
                    .enumerate()
                    .map(|(i, variant)| {
                        cx.at(i + 1);
                        Variant {
                            ident: &variant.ident,
                            attrs: attr::parse(cx, &variant.attrs, Place::Variant),
                            in_enum: true,
                            unit: matches!(variant.fields, syn::Fields::Unit),
                            fields: fields(cx, &variant.fields),
                            cfgs: cfgs(&variant.attrs),
                            span: variant.ident.span(),
                            has_error_attr: has_error_attr(&variant.attrs),
                        }
                    })
                    .collect();
                Some(Input {
                    original: input,
                    opt_outs: attrs.opt_outs(),
                    krate: attrs.krate.take(),
                    format: attrs.format.take().unwrap_or(BodyFormat::Text),
                    default: attrs.default.take(),
                    wrote_default: attrs.wrote(Key::Default),
                    shape: Shape::Enum(variants),
                })
            }
            Data::Struct(data) => {
                let mut attrs = attr::parse(cx, &input.attrs, Place::Struct);
                let krate = attrs.krate.take();
                let format = attrs.format.take().unwrap_or(BodyFormat::Text);
                let opt_outs = attrs.opt_outs();
                let variant = Variant {
                    ident: &input.ident,
                    attrs,
                    in_enum: false,
                    unit: false,
                    fields: fields(cx, &data.fields),
                    cfgs: Vec::new(),
                    span: input.ident.span(),
                    has_error_attr: has_error_attr(&input.attrs),
                };
                Some(Input {
                    original: input,
                    krate,
                    format,
                    default: None,
                    wrote_default: false,
                    opt_outs,
                    shape: Shape::Struct(Box::new(variant)),
                })
            }
            Data::Union(data) => {
                cx.error(
                    data.union_token.span,
                    "HttpStatusError cannot be derived for a union: use an enum with one \
                     variant per response, or a struct",
                );
                None
            }
        }
    }
}

fn fields<'a>(cx: &Ctxt, fields: &'a syn::Fields) -> Vec<Field<'a>> {
    fields
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let ty_span = type_span(&field.ty);
            let member = match &field.ident {
                Some(ident) => Member::Named(ident.clone()),
                None => Member::Unnamed(Index {
                    index: u32::try_from(i).unwrap_or(u32::MAX),
                    span: ty_span,
                }),
            };
            Field {
                member,
                ty: &field.ty,
                ty_span,
                attrs: attr::parse(cx, &field.attrs, Place::Field),
            }
        })
        .collect()
}

/// The span of `ty`, from its first token to its last, as `Spanned::span` gives it. syn finds
/// it by writing the type out as tokens and reading them back through the compiler (10K
/// instructions a field, 3M on a 300-variant enum, scripts/expansion-cost.sh); a path, with or
/// without angle-bracketed arguments, and a reference to one have their ends at hand.
fn type_span(ty: &Type) -> Span {
    let plain = |ty: &Type| match ty {
        Type::Path(syn::TypePath {
            qself: None,
            path,
            attrs,
        }) if attrs.is_empty() => path_ends(path),
        _ => None,
    };
    let ends = match ty {
        Type::Reference(reference) => {
            plain(&reference.elem).map(|(_, last)| (reference.and_token.span, last))
        }
        _ => plain(ty),
    };
    match ends {
        Some((first, last)) => first.join(last).unwrap_or(first),
        None => ty.span(),
    }
}

/// The spans of a path's first and last tokens, where its last segment has no arguments or
/// angle-bracketed ones.
fn path_ends(path: &syn::Path) -> Option<(Span, Span)> {
    let first = match (&path.leading_colon, path.segments.first()) {
        (Some(colon), _) => colon.spans[0],
        (None, Some(segment)) => segment.ident.span(),
        (None, None) => return None,
    };
    let last = path.segments.last()?;
    let last = match &last.arguments {
        syn::PathArguments::None => last.ident.span(),
        syn::PathArguments::AngleBracketed(arguments) => arguments.gt_token.span,
        syn::PathArguments::Parenthesized(_) => return None,
    };
    Some((first, last))
}

fn has_error_attr(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| attr.path().is_ident("error"))
}

fn cfgs(attrs: &[Attribute]) -> Vec<&Attribute> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .collect()
}

impl<'a> Input<'a> {
    /// The enum's default status: `Err(())` where it was written but refused.
    pub fn default(&self) -> Result<Option<&Located<u16>>, ()> {
        match (&self.default, self.wrote_default) {
            (None, true) => Err(()),
            (default, _) => Ok(default.as_ref()),
        }
    }

    /// The variants, or the struct as its one variant.
    pub fn variants(&self) -> Box<dyn Iterator<Item = &Variant<'a>> + '_> {
        match &self.shape {
            Shape::Enum(variants) => Box::new(variants.iter()),
            Shape::Struct(variant) => Box::new(std::iter::once(&**variant)),
        }
    }
}

impl Variant<'_> {
    /// The local the field `member` is bound to (see [`crate::fmt::local`]).
    pub fn local(&self, member: &Member) -> Ident {
        let ty = self
            .fields
            .iter()
            .find(|field| field.member == *member)
            .map_or_else(Span::call_site, Field::ty_span);
        crate::fmt::local(member, ty)
    }
}

impl Field<'_> {
    /// The span of the field's type.
    pub fn ty_span(&self) -> Span {
        self.ty_span
    }

    /// Whether the field's type mentions one of `params`, so that a bound on it is needed.
    pub fn mentions(&self, params: &[&Ident]) -> bool {
        fn walk(tokens: proc_macro2::TokenStream, params: &[&Ident]) -> bool {
            tokens.into_iter().any(|tree| match tree {
                proc_macro2::TokenTree::Ident(ident) => params.iter().any(|param| **param == ident),
                proc_macro2::TokenTree::Group(group) => walk(group.stream(), params),
                _ => false,
            })
        }
        walk(quote::ToTokens::to_token_stream(self.ty), params)
    }
}
