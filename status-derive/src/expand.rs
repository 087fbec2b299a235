//! Code generation. Everything here may assume a checked plan: nothing is validated again.

use crate::ast::{Field, Input, Shape, Variant};
use crate::ctxt::Ctxt;
use crate::fmt::{self, Message};
use crate::rules;
use crate::valid::{self, Body, Direct, FieldHeader, Plan};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use std::cell::RefCell;
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
        let plans: Vec<Option<Plan>> = model
            .variants()
            .enumerate()
            .map(|(i, variant)| {
                cx.at(i + 1);
                valid::plan(&cx, variant)
            })
            .collect();
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
            Shape::Struct(variant) => Box::new(std::iter::once(&**variant)),
        }
    }
}

/// The path to status-core as the user's crate sees it.
fn krate(path: Option<&syn::Path>) -> TokenStream {
    path.map_or_else(|| quote!(::status_core), |path| quote!(#path))
}

fn expand(input: &Input, plans: &[Plan], krate: &TokenStream) -> TokenStream {
    let private = quote!(#krate::__private);
    let http = quote!(#private::http);
    let original = input.original;
    let ident = &original.ident;
    let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();
    let variants: Vec<&Variant> = input.variants().collect();
    let where_clause = with_bounds(where_clause, &bounds(input, &variants, plans, krate));

    let arms = |arm: fn(&Variant, &Plan, &TokenStream) -> TokenStream| -> TokenStream {
        if variants.is_empty() {
            return quote!(match *self {});
        }
        let arms = variants.iter().zip(plans).map(|(variant, plan)| {
            let cfgs = &variant.cfgs;
            let arm = arm(variant, plan, krate);
            quote!(#(#cfgs)* #arm)
        });
        quote! {
            match self {
                #(#arms)*
            }
        }
    };
    CONSTS.with(|consts| consts.borrow_mut().clear());
    let status = arms(status_arm);
    let headers = arms(headers_arm);
    let body = arms(body_arm);
    // Where every variant delegates (or there is none), the `match` is the whole body: code
    // after it would be unreachable.
    let delegates = |plan: &Plan| matches!(plan, Plan::Transparent { .. });
    let response = if plans.iter().all(delegates) {
        arms(delegate_arm)
    } else {
        let response = arms(response_arm);
        quote! {
            let (__status, __body) = #response;
            let mut __response = #http::Response::new(
                <__B as #private::core::convert::From<#private::String>>::from(__body),
            );
            *__response.status_mut() = __status;
            #krate::HttpStatusError::write_headers(self, __response.headers_mut());
            __response
        }
    };
    let consts = take_consts();
    let from = from_impl(original, krate);
    let integrations = integrations(input, krate);
    let warnings = plans.iter().filter_map(|plan| match plan {
        Plan::Direct(direct) => Some(warnings(direct)),
        Plan::Transparent { .. } => None,
    });

    quote! {
        const _: () = {
        #consts

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

            #[inline]
            fn to_response<__B>(&self) -> #http::Response<__B>
            where
                __B: #private::core::convert::From<#private::String>,
            {
                #response
            }
        }
        };

        #from
        #integrations
        #(#warnings)*
    }
}

/// Bounds the impl needs beyond the type's own: only where a field's type mentions a type
/// parameter, spanned at that field so that rustc's errors land there.
fn bounds(
    input: &Input,
    variants: &[&Variant],
    plans: &[Plan],
    krate: &TokenStream,
) -> Vec<WherePredicate> {
    let private = quote!(#krate::__private);
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
    let mut bounds: Vec<WherePredicate> = Vec::new();
    let mut display = None;
    let mut bound = |field: &Field, traits: TokenStream| {
        if valid::mentions_param(field, &params) {
            let ty = field.ty;
            bounds.push(syn::parse_quote_spanned!(field_span(field)=> #ty: #traits));
        }
    };
    for (variant, plan) in variants.iter().zip(plans) {
        match plan {
            Plan::Transparent { member, .. } => {
                for field in variant
                    .fields
                    .iter()
                    .filter(|field| field.member == *member)
                {
                    bound(field, quote!(#krate::HttpStatusError));
                }
            }
            Plan::Direct(direct) => {
                for (member, header, _) in &direct.fields {
                    for field in variant
                        .fields
                        .iter()
                        .filter(|field| field.member == *member)
                    {
                        bound(field, field_trait(header, krate));
                    }
                }
                if let Body::Message(Message::Format { args, .. }) = &direct.body {
                    for arg in args {
                        for field in variant.fields.iter().filter(|f| f.member == arg.member) {
                            // The format specs the message uses decide the traits.
                            let traits = arg.traits.iter().map(|name| {
                                let name = Ident::new(name, Span::call_site());
                                quote!(#private::core::fmt::#name)
                            });
                            bound(field, quote!(#(#traits)+*));
                        }
                    }
                }
                if let Body::Display(span) = &direct.body {
                    display = Some(*span);
                }
            }
        }
    }
    if let Some(span) = display {
        bounds.push(syn::parse_quote_spanned!(span=> Self: #private::core::fmt::Display));
    }
    bounds
}

fn field_trait(header: &FieldHeader, krate: &TokenStream) -> TokenStream {
    match header {
        FieldHeader::Challenge(_) => quote!(#krate::field::ChallengeValue),
        FieldHeader::Allow => quote!(#krate::field::AllowValue),
        FieldHeader::RetryAfter => quote!(#krate::field::RetryAfterValue),
        FieldHeader::ContentRange => quote!(#krate::field::ContentRangeValue),
        FieldHeader::Other(_) => quote!(#krate::field::ToHeaderValue),
    }
}

fn field_span(field: &Field) -> Span {
    syn::spanned::Spanned::span(&field.original.ty)
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
            let status = constant(
                quote!(#krate::__private::http::StatusCode),
                quote!(#krate::__private::status(#code)),
            );
            quote!(#pat => #status,)
        }
    }
}

thread_local! {
    /// The constants of the expansion being generated, in order: the type, the value, and the
    /// value's text, by which a value used again is found.
    static CONSTS: RefCell<Vec<(TokenStream, TokenStream, String)>> = const { RefCell::new(Vec::new()) };
}

/// A named constant for `value`, one per distinct value in the expansion. The expansion's
/// statuses and static headers are a few values used over and over (`Content-Type` in every
/// variant): one `const` item each costs the compiler far less than an inline `const { .. }`
/// block at every use, and is as free at run time. Measured by scripts/macro-cost.sh.
fn constant(ty: TokenStream, value: TokenStream) -> TokenStream {
    let text = value.to_string();
    let index = CONSTS.with(|consts| {
        let mut consts = consts.borrow_mut();
        consts
            .iter()
            .position(|(_, _, known)| *known == text)
            .unwrap_or_else(|| {
                consts.push((ty, value, text));
                consts.len() - 1
            })
    });
    let ident = format_ident!("__STATUS_CORE_CONST_{}", index);
    quote!(#ident)
}

/// The constants gathered by [`constant`], as items; empties the list.
fn take_consts() -> TokenStream {
    let consts = CONSTS.with(|consts| std::mem::take(&mut *consts.borrow_mut()));
    let items = consts
        .into_iter()
        .enumerate()
        .map(|(index, (ty, value, _))| {
            let ident = format_ident!("__STATUS_CORE_CONST_{}", index);
            // A `#[cfg]`'d-out variant may leave one unused.
            quote!(#[allow(dead_code)] const #ident: #ty = #value;)
        });
    quote!(#(#items)*)
}

fn headers_arm(variant: &Variant, plan: &Plan, krate: &TokenStream) -> TokenStream {
    let direct = match plan {
        Plan::Transparent { member, .. } => {
            let pat = pattern(variant, std::iter::once(member));
            let local = fmt::local(member);
            return quote!(#pat => #krate::HttpStatusError::write_headers(#local, __headers),);
        }
        Plan::Direct(direct) => direct,
    };
    let pat = pattern(variant, direct.fields.iter().map(|(member, _, _)| member));
    let statements = header_statements(direct, krate);
    quote!(#pat => { #statements })
}

/// The statements writing a direct variant's headers into `__headers`, its fields bound.
fn header_statements(direct: &Direct, krate: &TokenStream) -> TokenStream {
    let private = quote!(#krate::__private);
    let http = quote!(#private::http);
    let name = |name: &str| {
        constant(
            quote!(#http::HeaderName),
            quote!(#http::HeaderName::from_static(#name)),
        )
    };
    // The first line of a name replaces what the map holds; the next ones add to it.
    let mut seen: Vec<String> = Vec::new();
    let mut first = |name: &str| -> bool {
        let first = !seen.iter().any(|known| known == name);
        if first {
            seen.push(name.to_owned());
        }
        first
    };
    let mut calls = Vec::new();
    let lines = std::iter::once(("content-type", rules::TEXT_PLAIN))
        .chain(direct.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    for (header, value) in lines {
        let method = if first(header) {
            quote!(insert)
        } else {
            quote!(append)
        };
        let header = name(header);
        let value = constant(
            quote!(#http::HeaderValue),
            quote!(#http::HeaderValue::from_static(#value)),
        );
        calls.push(quote!(__headers.#method(#header, #value);));
    }
    for (member, field, ty) in &direct.fields {
        let mut local = fmt::local(member);
        local.set_span(*ty);
        // Spanned at the field's type: a type that cannot supply the header is reported there.
        let call = match field {
            FieldHeader::Challenge(header) => {
                let replace = first(header);
                let header = name(header);
                quote_spanned!(*ty=> #private::challenges(__headers, &#header, #local, #replace))
            }
            FieldHeader::Other(header) => {
                let replace = first(header);
                let header = name(header);
                quote_spanned!(*ty=> #private::other(__headers, #header, #local, #replace))
            }
            FieldHeader::Allow => {
                let header = name("allow");
                quote_spanned!(*ty=> #private::allow(__headers, #header, #local))
            }
            FieldHeader::RetryAfter => {
                let header = name("retry-after");
                quote_spanned!(*ty=> #private::retry_after(__headers, #header, #local))
            }
            FieldHeader::ContentRange => {
                let header = name("content-range");
                quote_spanned!(*ty=> #private::content_range(__headers, #header, #local))
            }
        };
        calls.push(quote!(#call;));
    }
    let count = direct.headers.len() + direct.fields.len() + 1;
    // A HeaderMap's first insert makes room for 6 lines; reserving fewer is slower than letting
    // it (a smaller, fuller table, and one more call): measured by benches/response.rs.
    let reserve = (count > FIRST_ALLOCATION).then(|| quote!(__headers.reserve(#count);));
    quote! {
        #reserve
        #(#calls)*
    }
}

/// The header lines `http::HeaderMap` makes room for on its first insert.
const FIRST_ALLOCATION: usize = 6;

fn body_arm(variant: &Variant, plan: &Plan, krate: &TokenStream) -> TokenStream {
    let direct = match plan {
        Plan::Transparent { member, .. } => {
            let pat = pattern(variant, std::iter::once(member));
            let local = fmt::local(member);
            return quote!(#pat => #krate::HttpStatusError::body(#local),);
        }
        Plan::Direct(direct) => direct,
    };
    let pat = pattern(variant, body_members(direct));
    let body = body_expr(direct, krate);
    quote!(#pat => #body,)
}

/// The fields a direct variant's body reads.
fn body_members(direct: &Direct) -> impl Iterator<Item = &syn::Member> {
    let args = match &direct.body {
        Body::Message(Message::Format { args, .. }) => &args[..],
        _ => &[],
    };
    args.iter().map(|arg| &arg.member)
}

/// A direct variant's body, its fields bound.
fn body_expr(direct: &Direct, krate: &TokenStream) -> TokenStream {
    let private = quote!(#krate::__private);
    match &direct.body {
        // A plain function: cheaper to check than `<String as From<&str>>::from` (`String::from`
        // needs `From` in scope, which `#[no_implicit_prelude]` takes away).
        Body::Message(Message::Static(text)) => quote!(#private::text(#text)),
        Body::Message(Message::Format { lit, args }) => {
            let args = args.iter().map(|arg| {
                let name = &arg.name;
                let local = fmt::local(&arg.member);
                quote!(#name = #local)
            });
            quote!(#private::format!(#lit, #(#args),*))
        }
        Body::Display(span) => {
            quote_spanned!(*span=> #private::DisplayBody::display_body(self))
        }
    }
}

/// A transparent variant's whole response, where every variant is transparent.
fn delegate_arm(variant: &Variant, plan: &Plan, krate: &TokenStream) -> TokenStream {
    match plan {
        Plan::Transparent { member, .. } => {
            let pat = pattern(variant, std::iter::once(member));
            let local = fmt::local(member);
            quote!(#pat => #krate::HttpStatusError::to_response::<__B>(#local),)
        }
        Plan::Direct(_) => unreachable!("only called when every variant is transparent"),
    }
}

/// The status and the body in one arm, the headers written after by `write_headers`: two
/// `match`es, as the same response is written by hand, where the trait's default `to_response`
/// makes three through `body`, `status` and `write_headers`.
fn response_arm(variant: &Variant, plan: &Plan, krate: &TokenStream) -> TokenStream {
    let private = quote!(#krate::__private);
    let direct = match plan {
        Plan::Transparent { member, .. } => {
            let pat = pattern(variant, std::iter::once(member));
            let local = fmt::local(member);
            return quote!(#pat => return #krate::HttpStatusError::to_response::<__B>(#local),);
        }
        Plan::Direct(direct) => direct,
    };
    let pat = pattern(variant, body_members(direct));
    let body = body_expr(direct, krate);
    let code = direct.code;
    let status = constant(
        quote!(#private::http::StatusCode),
        quote!(#private::status(#code)),
    );
    quote!(#pat => (#status, #body),)
}

/// SHOULD rules as warnings on stable Rust: a use of a deprecated item, spanned at the
/// attribute, whose note is the rule.
fn warnings(direct: &Direct) -> TokenStream {
    let warnings = direct.warnings.iter().map(|(span, message)| {
        let use_site = quote_spanned!(*span=> let _ = http_should;);
        quote! {
            const _: () = {
                #[deprecated(note = #message)]
                #[allow(non_camel_case_types)]
                struct http_should;
                #use_site
            };
        }
    });
    quote!(#(#warnings)*)
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
            fn from(__error: #ident #ty_generics) -> Self {
                #private::log!(&__error);
                #krate::HttpStatusError::to_response(&__error)
            }
        }
    }
}

/// One call per framework; each expands to nothing unless status-core has that feature on.
fn integrations(input: &Input, krate: &TokenStream) -> TokenStream {
    let original = input.original;
    let ident = &original.ident;
    let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();
    let bound: [WherePredicate; 1] =
        [syn::parse_quote!(#ident #ty_generics: #krate::HttpStatusError)];
    let where_clause = with_bounds(where_clause, &bound);
    let calls = [
        ("no_axum", "axum"),
        ("no_actix", "actix"),
        ("no_poem", "poem"),
    ]
    .into_iter()
    .filter(|(opt_out, _)| !input.opt_outs.contains(opt_out))
    .map(|(_, framework)| {
        let framework = Ident::new(framework, Span::call_site());
        quote! {
            #krate::__private::#framework! {
                (#impl_generics) (#ident #ty_generics) (#where_clause)
            }
        }
    });
    quote!(#(#calls)*)
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
