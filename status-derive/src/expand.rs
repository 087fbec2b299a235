//! Code generation. Everything here may assume a checked plan: nothing is validated again.

use crate::ast::{Input, Shape, Variant};
use crate::ctxt::Ctxt;
use crate::fmt::{self, Message};
use crate::rules;
use crate::valid::{self, Body, Direct, Plan};
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::{DeriveInput, GenericParam, Ident, WherePredicate};

pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    let cx = Ctxt::default();
    let model = Input::from_syn(&cx, &input);
    let krate = krate(model.as_ref().and_then(|model| model.krate.as_ref()));
    let expanded = model.as_ref().and_then(|model| {
        // Every variant is checked, so that all mistakes are reported together.
        let plans: Vec<Option<Plan>> = model.variants().map(|v| valid::plan(&cx, v)).collect();
        let plans: Option<Vec<Plan>> = plans.into_iter().collect();
        plans.map(|plans| expand(model, &plans, &krate))
    });
    match (cx.check(), expanded) {
        (Ok(()), Some(tokens)) => tokens,
        (Err(errors), _) => {
            let mut tokens = errors.to_compile_error();
            tokens.extend(fallback(&input, &krate));
            tokens
        }
        (Ok(()), None) => fallback(&input, &krate),
    }
}

impl<'a> Input<'a> {
    fn variants(&self) -> Box<dyn Iterator<Item = &Variant<'a>> + '_> {
        match &self.shape {
            Shape::Enum(variants) => Box::new(variants.iter()),
            Shape::Struct(variant) => Box::new(std::iter::once(variant)),
        }
    }
}

/// The path to status-core as the user's crate sees it.
fn krate(path: Option<&syn::Path>) -> TokenStream {
    match path {
        Some(path) => quote!(#path),
        None => quote!(::status_core),
    }
}

fn expand(input: &Input, plans: &[Plan], krate: &TokenStream) -> TokenStream {
    let private = quote!(#krate::__private);
    let http = quote!(#private::http);
    let original = input.original;
    let ident = &original.ident;
    let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();

    let mut bounds: Vec<WherePredicate> = Vec::new();
    let params: Vec<&Ident> = original
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(ty) => Some(&ty.ident),
            _ => None,
        })
        .collect();
    let variants: Vec<&Variant> = input.variants().collect();
    for (variant, plan) in variants.iter().zip(plans) {
        match plan {
            Plan::Transparent { ty, member } => {
                let field = variant.fields.iter().find(|f| f.member == *member);
                if field.is_some_and(|field| valid::mentions_param(field, &params)) {
                    bounds.push(syn::parse_quote_spanned!(field_span(field)=>
                        #ty: #krate::HttpStatusError
                    ));
                }
            }
            Plan::Direct(Direct { body: Body::Display(span), .. }) if !params.is_empty() => {
                bounds.push(syn::parse_quote_spanned!(*span=>
                    Self: #private::core::fmt::Display
                ));
            }
            Plan::Direct(_) => {}
        }
    }
    let where_clause = with_bounds(where_clause, &bounds);

    let arms = |method: fn(&Variant, &Plan, &TokenStream) -> TokenStream| -> TokenStream {
        if variants.is_empty() {
            return quote!(match *self {});
        }
        let arms = variants.iter().zip(plans).map(|(variant, plan)| {
            let cfgs = &variant.cfgs;
            let arm = method(variant, plan, krate);
            quote!(#(#cfgs)* #arm)
        });
        quote! {
            match self {
                #(#arms)*
            }
        }
    };
    let status = arms(status_arm);
    let headers = arms(headers_arm);
    let body = arms(body_arm);

    let from = from_impl(input.original, krate);
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::HttpStatusError for #ident #ty_generics #where_clause {
            #[inline]
            fn status(&self) -> #http::StatusCode {
                #status
            }

            #[inline]
            fn write_headers(&self, __headers: &mut #http::HeaderMap) {
                #headers
            }

            #[inline]
            fn body(&self) -> #private::String {
                #body
            }
        }

        #from
    }
}

fn field_span(field: Option<&crate::ast::Field>) -> Span {
    field.map_or_else(Span::call_site, |field| {
        syn::spanned::Spanned::span(&field.original.ty)
    })
}

fn with_bounds(
    where_clause: Option<&syn::WhereClause>,
    bounds: &[WherePredicate],
) -> Option<syn::WhereClause> {
    let mut clause = where_clause.cloned();
    if !bounds.is_empty() {
        let clause = clause.get_or_insert_with(|| syn::WhereClause {
            where_token: <syn::Token![where]>::default(),
            predicates: syn::punctuated::Punctuated::new(),
        });
        clause.predicates.extend(bounds.iter().cloned());
    }
    clause
}

/// `Self::Variant { field: __field_field, .. }`, binding only `members`.
fn pattern<'m>(variant: &Variant, members: impl Iterator<Item = &'m syn::Member>) -> TokenStream {
    let ident = variant.ident;
    let path = if variant.in_enum {
        quote!(Self::#ident)
    } else {
        quote!(Self)
    };
    let bindings = members.map(|member| {
        let local = fmt::local(member);
        quote!(#member: #local,)
    });
    quote!(#path { #(#bindings)* .. })
}

fn status_arm(variant: &Variant, plan: &Plan, krate: &TokenStream) -> TokenStream {
    match plan {
        Plan::Transparent { member, .. } => {
            let pat = pattern(variant, std::iter::once(member));
            let local = fmt::local(member);
            quote!(#pat => #krate::HttpStatusError::status(#local),)
        }
        Plan::Direct(direct) => {
            let pat = pattern(variant, std::iter::empty());
            let code = direct.code;
            quote!(#pat => const { #krate::__private::status(#code) },)
        }
    }
}

fn headers_arm(variant: &Variant, plan: &Plan, krate: &TokenStream) -> TokenStream {
    match plan {
        Plan::Transparent { member, .. } => {
            let pat = pattern(variant, std::iter::once(member));
            let local = fmt::local(member);
            quote!(#pat => #krate::HttpStatusError::write_headers(#local, __headers),)
        }
        Plan::Direct(direct) => {
            let pat = pattern(variant, std::iter::empty());
            let http = quote!(#krate::__private::http);
            let lines = std::iter::once(("content-type", rules::TEXT_PLAIN))
                .chain(direct.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())));
            let mut seen: Vec<&str> = Vec::new();
            let calls = lines.map(|(name, value)| {
                // The first line of a name replaces what the map holds; the next ones add to it.
                let method = if seen.contains(&name) {
                    quote!(append)
                } else {
                    seen.push(name);
                    quote!(insert)
                };
                quote! {
                    __headers.#method(
                        const { #http::HeaderName::from_static(#name) },
                        const { #http::HeaderValue::from_static(#value) },
                    );
                }
            });
            let count = direct.headers.len() + 1;
            quote!(#pat => {
                __headers.reserve(#count);
                #(#calls)*
            })
        }
    }
}

fn body_arm(variant: &Variant, plan: &Plan, krate: &TokenStream) -> TokenStream {
    let private = quote!(#krate::__private);
    match plan {
        Plan::Transparent { member, .. } => {
            let pat = pattern(variant, std::iter::once(member));
            let local = fmt::local(member);
            quote!(#pat => #krate::HttpStatusError::body(#local),)
        }
        Plan::Direct(direct) => match &direct.body {
            Body::Message(Message::Static(text)) => {
                let pat = pattern(variant, std::iter::empty());
                quote!(#pat => #private::String::from(#text),)
            }
            Body::Message(Message::Format { lit, args }) => {
                let pat = pattern(variant, args.iter().map(|arg| &arg.member));
                let args = args.iter().map(|arg| {
                    let name = &arg.name;
                    let local = fmt::local(&arg.member);
                    quote!(#name = #local)
                });
                quote!(#pat => #private::format!(#lit, #(#args),*),)
            }
            Body::Display(span) => {
                let pat = pattern(variant, std::iter::empty());
                let to_string = quote_spanned!(*span=> #private::ToString::to_string(self));
                quote!(#pat => #to_string,)
            }
        },
    }
}

/// `impl<B: From<String>> From<YourError> for http::Response<B>`.
fn from_impl(original: &DeriveInput, krate: &TokenStream) -> TokenStream {
    let ident = &original.ident;
    let private = quote!(#krate::__private);
    let mut generics = original.generics.clone();
    generics.params.push(syn::parse_quote!(__B));
    let (impl_generics, _, _) = generics.split_for_impl();
    let (_, ty_generics, where_clause) = original.generics.split_for_impl();
    let bounds: [WherePredicate; 2] = [
        syn::parse_quote!(__B: #private::core::convert::From<#private::String>),
        syn::parse_quote!(#ident #ty_generics: #krate::HttpStatusError),
    ];
    let where_clause = with_bounds(where_clause, &bounds);
    quote! {
        #[automatically_derived]
        impl #impl_generics #private::core::convert::From<#ident #ty_generics>
            for #private::http::Response<__B>
        #where_clause
        {
            #[inline]
            fn from(error: #ident #ty_generics) -> Self {
                #krate::HttpStatusError::to_response(&error)
            }
        }
    }
}

/// On any error: impls that keep use sites compiling, so one mistake is reported once.
fn fallback(input: &DeriveInput, krate: &TokenStream) -> TokenStream {
    let private = quote!(#krate::__private);
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let from = from_impl(input, krate);
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::HttpStatusError for #ident #ty_generics #where_clause {
            fn status(&self) -> #private::http::StatusCode {
                #private::http::StatusCode::INTERNAL_SERVER_ERROR
            }

            fn write_headers(&self, _: &mut #private::http::HeaderMap) {}

            fn body(&self) -> #private::String {
                #private::String::new()
            }
        }

        #from
    }
}
