//! The bounds the impl adds to the type's own where clause: only where a field's type mentions
//! a type parameter, each spanned at that field so that rustc's errors land there.

use crate::ast::{Field, Input, Variant};
use crate::fmt::Message;
use crate::key::FieldTrait;
use crate::prefix::Prefix;
use crate::valid::{Body, Plan};
use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::{GenericParam, Ident, Member, WherePredicate};

/// Bounds the trait impl needs beyond the type's own.
pub fn bounds(input: &Input, variants: &[(&Variant, Plan)], krate: &Prefix) -> Vec<WherePredicate> {
    let private = krate.join("__private");
    let params: Vec<&Ident> = input
        .original
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(ty) => Some(&ty.ident),
            _ => None,
        })
        .collect();
    if params.is_empty() {
        return Vec::new();
    }
    let stated = stated(&input.original.generics);
    let mut bounds: Vec<WherePredicate> = Vec::new();
    // Each (type, trait) once, and none the type already states: clippy's
    // `trait_duplication_in_bounds` would fire on the user's type.
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut add = |ty: TokenStream, span: Span, traits: TokenStream| {
        let key = (ty.to_string(), last_segment(&traits));
        if stated.contains(&key) || seen.contains(&key) {
            return;
        }
        seen.push(key);
        bounds.push(syn::parse_quote_spanned!(span=> #ty: #traits));
    };
    let mut display = None;
    // A field whose type mentions the type itself (`Box<Self>`) gets no bound: it would ask
    // for the impl being defined, and the compiler would recurse.
    let own = [&input.original.ident];
    let mut bound = |variant: &Variant, member: &Member, traits: TokenStream| {
        for field in variant
            .fields
            .iter()
            .filter(|field| field.member == *member)
        {
            if field.mentions(&params) && !field.mentions(&own) {
                let ty = field.ty;
                add(quote!(#ty), field_span(field), traits.clone());
            }
        }
    };
    for (variant, plan) in variants {
        match plan {
            Plan::Transparent { member, message } => {
                bound(variant, member, quote!(#krate::HttpStatusError));
                if let Some(Message::Format { args, .. }) = message {
                    for arg in args {
                        for traits in format_traits(arg, &private) {
                            bound(variant, &arg.member, traits);
                        }
                    }
                }
            }
            Plan::Direct(direct) => {
                for field in &direct.fields {
                    let traits = match (field.required, field.via) {
                        (true, FieldTrait::Challenge) => quote!(#krate::field::RequiredChallenges),
                        (true, FieldTrait::Allow) => quote!(#krate::field::RequiredAllow),
                        _ => field_trait(field.via, krate),
                    };
                    bound(variant, &field.member, traits);
                }
                if let Body::Message(Message::Format { args, .. }) = &direct.body {
                    for arg in args {
                        for traits in format_traits(arg, &private) {
                            bound(variant, &arg.member, traits);
                        }
                    }
                }
                if let Body::Display(span) = &direct.body {
                    display = Some(*span);
                }
                if let Some(field) = &direct.members.instance {
                    bound(variant, &field.member, quote!(#private::core::fmt::Display));
                }
                for extension in &direct.members.extensions {
                    bound(
                        variant,
                        &extension.field.member,
                        quote!(#private::serde::Serialize),
                    );
                }
            }
        }
    }
    if let Some(span) = display {
        add(quote!(Self), span, quote!(#private::core::fmt::Display));
    }
    bounds
}

/// The bounds the type states itself, as (type, trait's last path segment).
fn stated(generics: &syn::Generics) -> Vec<(String, String)> {
    let mut stated = Vec::new();
    let mut add =
        |ty: TokenStream,
         bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>| {
            for bound in bounds {
                if let syn::TypeParamBound::Trait(bound) = bound {
                    let path = &bound.path;
                    stated.push((ty.to_string(), last_segment(&quote!(#path))));
                }
            }
        };
    for param in &generics.params {
        if let GenericParam::Type(param) = param {
            let ident = &param.ident;
            add(quote!(#ident), &param.bounds);
        }
    }
    for predicate in generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
    {
        if let WherePredicate::Type(predicate) = predicate {
            if predicate.lifetimes.is_none() {
                let ty = &predicate.bounded_ty;
                add(quote!(#ty), &predicate.bounds);
            }
        }
    }
    stated
}

/// The last identifier of a trait path, by which a stated bound is recognised.
fn last_segment(path: &TokenStream) -> String {
    path.clone()
        .into_iter()
        .filter_map(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        })
        .last()
        .unwrap_or_default()
}

/// The `core::fmt` traits the format specs of a message ask of a field.
fn format_traits<'a>(
    arg: &'a crate::fmt::Arg,
    private: &'a Prefix,
) -> impl Iterator<Item = TokenStream> + 'a {
    arg.traits.iter().map(move |name| {
        let name = Ident::new(name, Span::call_site());
        quote!(#private::core::fmt::#name)
    })
}

/// The trait of status-core's `field` module a field's type implements.
pub fn field_trait(via: FieldTrait, krate: &Prefix) -> TokenStream {
    match via {
        FieldTrait::Challenge => quote!(#krate::field::ChallengeValue),
        FieldTrait::Allow => quote!(#krate::field::AllowValue),
        FieldTrait::RetryAfter => quote!(#krate::field::RetryAfterValue),
        FieldTrait::ContentRange => quote!(#krate::field::ContentRangeValue),
        FieldTrait::Other => quote!(#krate::field::ToHeaderValue),
    }
}

fn field_span(field: &Field) -> Span {
    field.ty_span()
}

/// The name of the body type parameter the impls add (`From<E> for Response<B>`): `__B`, or
/// with more underscores where the type has a parameter of that name.
pub fn body_param(generics: &syn::Generics) -> Ident {
    fresh_param(generics, "__B")
}

/// `base`, or with more underscores where the type has a parameter of that name: the name of a
/// type parameter of the expansion's own.
pub fn fresh_param(generics: &syn::Generics, base: &str) -> Ident {
    let mut name = base.to_owned();
    while generics.params.iter().any(|param| match param {
        GenericParam::Type(ty) => ty.ident == name,
        GenericParam::Const(konst) => konst.ident == name,
        GenericParam::Lifetime(_) => false,
    }) {
        name.push('_');
    }
    Ident::new(&name, Span::call_site())
}

/// `where_clause` with `bounds` added, as tokens: nothing where both are empty.
pub fn with_bounds<T: ToTokens>(
    where_clause: Option<&syn::WhereClause>,
    bounds: &[T],
) -> TokenStream {
    let Some(clause) = where_clause.filter(|clause| !clause.predicates.is_empty()) else {
        return if bounds.is_empty() {
            TokenStream::new()
        } else {
            quote!(where #(#bounds),*)
        };
    };
    let predicates = &clause.predicates;
    let comma = (!bounds.is_empty() && !predicates.trailing_punct()).then(|| quote!(,));
    quote!(where #predicates #comma #(#bounds),*)
}
