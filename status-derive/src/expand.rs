//! Code generation. Everything here may assume a checked plan: nothing is validated again.

use crate::ast::{Input, Variant};
use crate::bound;
use crate::ctxt::Ctxt;
use crate::fallback::fallback;
use crate::fmt::{self, Message};
use crate::impls;
use crate::key::FieldTrait;
use crate::rules;
use crate::valid::{self, Body, Direct, Plan};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{DeriveInput, Ident, Member};

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
        let planned: Vec<(&Variant, Option<Plan>)> = model
            .variants()
            .enumerate()
            .map(|(i, variant)| {
                cx.at(i + 1);
                (variant, valid::plan(&cx, variant))
            })
            .collect();
        let planned: Option<Vec<(&Variant, Plan)>> = planned
            .into_iter()
            .map(|(variant, plan)| plan.map(|plan| (variant, plan)))
            .collect();
        planned.map(|variants| Expander::new(&krate).expand(model, &variants))
    });
    let opt_outs = model
        .as_ref()
        .map_or(Vec::new(), |model| model.opt_outs.clone());
    match (cx.check(), expanded) {
        (Ok(()), Some(tokens)) => tokens,
        (Err(errors), _) => {
            let mut tokens = errors.to_compile_error();
            tokens.extend(fallback(&input, &opt_outs, &krate));
            tokens
        }
        (Ok(()), None) => fallback(&input, &opt_outs, &krate),
    }
}

/// The path to status-core as the user's crate sees it.
fn krate(path: Option<&syn::Path>) -> TokenStream {
    path.map_or_else(|| quote!(::status_core), |path| quote!(#path))
}

/// A trait method a transparent variant hands to its field.
#[derive(Clone, Copy)]
enum Delegate {
    Status,
    WriteHeaders,
    Body,
    /// The whole response, as the value of the `match`.
    ToResponse,
    /// The whole response, returned from inside the `match` whose other arms build one.
    ReturnResponse,
}

/// Generates the impl of one type; owns the path to status-core and the constants the impl's
/// methods share.
struct Expander {
    krate: TokenStream,
    private: TokenStream,
    http: TokenStream,
    consts: Vec<Const>,
}

/// A named constant of the expansion; `text` is the value's tokens, by which a value used
/// again is found.
struct Const {
    ty: TokenStream,
    value: TokenStream,
    text: String,
}

impl Expander {
    fn new(krate: &TokenStream) -> Self {
        let private = quote!(#krate::__private);
        let http = quote!(#private::http);
        Expander {
            krate: krate.clone(),
            private,
            http,
            consts: Vec::new(),
        }
    }

    fn expand(mut self, input: &Input, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let private = self.private.clone();
        let http = self.http.clone();
        let original = input.original;
        let ident = &original.ident;
        let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();
        let where_clause =
            bound::with_bounds(where_clause, &bound::bounds(input, variants, &krate));

        let status = self.arms(variants, Delegate::Status, Self::status_arm);
        let headers = self.arms(variants, Delegate::WriteHeaders, Self::headers_arm);
        let body = self.arms(variants, Delegate::Body, Self::body_arm);
        // Where every variant delegates (or there is none), the `match` is the whole body: code
        // after it would be unreachable.
        let response = if variants
            .iter()
            .all(|(_, plan)| matches!(plan, Plan::Transparent { .. }))
        {
            self.arms(variants, Delegate::ToResponse, Self::response_arm)
        } else {
            let response = self.arms(variants, Delegate::ReturnResponse, Self::response_arm);
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
        let consts = self.consts();
        let conversions = impls::conversions(original, &input.opt_outs, &krate);
        let warnings = variants.iter().filter_map(|(_, plan)| match plan {
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

            #conversions
            #(#warnings)*
        }
    }

    /// A `match self` with one arm per variant: a transparent one hands `delegate` to its
    /// field, a direct one is written by `direct`.
    fn arms(
        &mut self,
        variants: &[(&Variant, Plan)],
        delegate: Delegate,
        direct: fn(&mut Self, &Variant, &Direct) -> TokenStream,
    ) -> TokenStream {
        if variants.is_empty() {
            return quote!(match *self {});
        }
        let arms: Vec<TokenStream> = variants
            .iter()
            .map(|(variant, plan)| {
                let cfgs = &variant.cfgs;
                let arm = match plan {
                    Plan::Transparent { member } => self.delegate(variant, member, delegate),
                    Plan::Direct(plan) => direct(self, variant, plan),
                };
                quote!(#(#cfgs)* #arm)
            })
            .collect();
        quote! {
            match self {
                #(#arms)*
            }
        }
    }

    /// A transparent variant's arm: the trait's method called on its one field.
    fn delegate(&self, variant: &Variant, member: &Member, delegate: Delegate) -> TokenStream {
        let krate = &self.krate;
        let pat = pattern(variant, std::iter::once(member));
        let field = fmt::local(member);
        let call = match delegate {
            Delegate::Status => quote!(#krate::HttpStatusError::status(#field)),
            Delegate::WriteHeaders => {
                quote!(#krate::HttpStatusError::write_headers(#field, __headers))
            }
            Delegate::Body => quote!(#krate::HttpStatusError::body(#field)),
            Delegate::ToResponse => quote!(#krate::HttpStatusError::to_response::<__B>(#field)),
            Delegate::ReturnResponse => {
                quote!(return #krate::HttpStatusError::to_response::<__B>(#field))
            }
        };
        quote!(#pat => #call,)
    }

    /// A named constant for `value`, one per distinct value in the expansion. The expansion's
    /// statuses and static headers are a few values used over and over (`Content-Type` in every
    /// variant): one `const` item each costs the compiler far less than an inline `const { .. }`
    /// block at every use, and is as free at run time. Measured by scripts/macro-cost.sh.
    fn constant(&mut self, ty: TokenStream, value: TokenStream) -> Ident {
        let text = value.to_string();
        let index = if let Some(index) = self.consts.iter().position(|known| known.text == text) {
            index
        } else {
            self.consts.push(Const { ty, value, text });
            self.consts.len() - 1
        };
        const_name(index)
    }

    /// The constants gathered by [`Self::constant`], as items.
    fn consts(&mut self) -> TokenStream {
        let items = std::mem::take(&mut self.consts)
            .into_iter()
            .enumerate()
            .map(|(index, Const { ty, value, .. })| {
                let ident = const_name(index);
                // A `#[cfg]`'d-out variant may leave one unused.
                quote!(#[allow(dead_code)] const #ident: #ty = #value;)
            });
        quote!(#(#items)*)
    }

    fn status(&mut self, code: u16) -> Ident {
        let private = &self.private;
        self.constant(
            quote!(#private::http::StatusCode),
            quote!(#private::status(#code)),
        )
    }

    fn header_name(&mut self, name: &str) -> Ident {
        let http = &self.http;
        self.constant(
            quote!(#http::HeaderName),
            quote!(#http::HeaderName::from_static(#name)),
        )
    }

    fn status_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let pat = pattern(variant, std::iter::empty());
        let status = self.status(direct.code);
        quote!(#pat => #status,)
    }

    fn headers_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let pat = pattern(variant, direct.fields.iter().map(|field| &field.member));
        let statements = self.header_statements(direct);
        quote!(#pat => { #statements })
    }

    /// The statements writing a direct variant's headers into `__headers`, its fields bound.
    fn header_statements(&mut self, direct: &Direct) -> TokenStream {
        let krate = self.krate.clone();
        let private = self.private.clone();
        let http = self.http.clone();
        // The first line of a name replaces what the map holds; the next ones add to it.
        let mut seen: Vec<&str> = Vec::new();
        let mut first = |name| -> bool {
            let first = !seen.contains(&name);
            if first {
                seen.push(name);
            }
            first
        };
        let mut calls = Vec::new();
        let lines = std::iter::once(("content-type", rules::TEXT_PLAIN)).chain(
            direct
                .headers
                .iter()
                .map(|line| (line.name.as_str(), line.value.as_str())),
        );
        for (header, value) in lines {
            let method = if first(header) {
                quote!(insert)
            } else {
                quote!(append)
            };
            let header = self.header_name(header);
            let value = self.constant(
                quote!(#http::HeaderValue),
                quote!(#http::HeaderValue::from_static(#value)),
            );
            calls.push(quote!(__headers.#method(#header, #value);));
        }
        for field in &direct.fields {
            let ty = field.ty;
            let mut local = fmt::local(&field.member);
            local.set_span(ty);
            let replace = first(&field.header);
            let header = self.header_name(&field.header);
            // Spanned at the field's type: a type that cannot supply the header is reported there.
            let call = match field.via {
                FieldTrait::Challenge => {
                    quote_spanned!(ty=> #private::challenges(__headers, &#header, #local, #replace))
                }
                FieldTrait::Other => {
                    quote_spanned!(ty=> #private::other(__headers, #header, #local, #replace))
                }
                FieldTrait::Allow => {
                    let value = quote_spanned!(ty=> #krate::field::AllowValue::allow_value(#local));
                    quote!(#private::insert(__headers, #header, #value))
                }
                FieldTrait::RetryAfter => {
                    let value = quote_spanned!(ty=>
                        #krate::field::RetryAfterValue::retry_after_value(#local)
                    );
                    quote!(#private::insert(__headers, #header, #value))
                }
                FieldTrait::ContentRange => {
                    let value = quote_spanned!(ty=>
                        #krate::field::ContentRangeValue::content_range_value(#local)
                    );
                    quote!(#private::insert(__headers, #header, #value))
                }
            };
            calls.push(quote!(#call;));
        }
        let count = direct.headers.len() + direct.fields.len() + 1;
        // A HeaderMap's first insert makes room for 6 lines; reserving fewer is slower than
        // letting it (a smaller, fuller table, and one more call): measured by
        // benches/response.rs.
        let reserve = (count > FIRST_ALLOCATION).then(|| quote!(__headers.reserve(#count);));
        quote! {
            #reserve
            #(#calls)*
        }
    }

    fn body_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let pat = pattern(variant, body_members(direct));
        let body = self.body_expr(direct);
        quote!(#pat => #body,)
    }

    /// A direct variant's body, its fields bound.
    fn body_expr(&self, direct: &Direct) -> TokenStream {
        let private = &self.private;
        match &direct.body {
            // A plain function: cheaper to check than `<String as From<&str>>::from`
            // (`String::from` needs `From` in scope, which `#[no_implicit_prelude]` takes away).
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

    /// The status and the body in one arm, the headers written after by `write_headers`: two
    /// `match`es, as the same response is written by hand, where the trait's default
    /// `to_response` makes three through `body`, `status` and `write_headers`.
    fn response_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let pat = pattern(variant, body_members(direct));
        let body = self.body_expr(direct);
        let status = self.status(direct.code);
        quote!(#pat => (#status, #body),)
    }
}

fn const_name(index: usize) -> Ident {
    format_ident!("__STATUS_CORE_CONST_{}", index)
}

/// The header lines `http::HeaderMap` makes room for on its first insert.
const FIRST_ALLOCATION: usize = 6;

/// `Self::Variant { field: __field_field, .. }`, binding only `members`.
fn pattern<'m>(variant: &Variant, members: impl Iterator<Item = &'m Member>) -> TokenStream {
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

/// The fields a direct variant's body reads.
fn body_members(direct: &Direct) -> impl Iterator<Item = &Member> {
    let args = match &direct.body {
        Body::Message(Message::Format { args, .. }) => &args[..],
        _ => &[],
    };
    args.iter().map(|arg| &arg.member)
}

/// SHOULD rules as warnings on stable Rust: a use of a deprecated item, spanned at the
/// attribute, whose note is the rule.
fn warnings(direct: &Direct) -> TokenStream {
    let warnings = direct.warnings.iter().map(|warning| {
        let message = &warning.message;
        let use_site = quote_spanned!(warning.span=> let _ = http_should;);
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
