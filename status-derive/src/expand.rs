//! Code generation. Everything here may assume a checked plan: nothing is validated again.

use crate::ast::{Input, Variant};
use crate::attr::BodyFormat;
use crate::bound;
use crate::ctxt::Ctxt;
use crate::fallback::fallback;
use crate::fmt::{self, Message};
use crate::impls;
use crate::key::FieldTrait;
use crate::openapi;
use crate::rules::{self, PROBLEM_JSON, TEXT_PLAIN};
use crate::valid::{self, Body, Direct, FieldRef, Plan, Status};
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
                (variant, valid::plan(&cx, variant, model.default()))
            })
            .collect();
        let planned: Option<Vec<(&Variant, Plan)>> = planned
            .into_iter()
            .map(|(variant, plan)| plan.map(|plan| (variant, plan)))
            .collect();
        planned.map(|variants| Expander::new(&krate, model).expand(model, &variants))
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
    Problem,
    /// The representation, returned from inside the `match` whose other arms give a title.
    TextProblem,
}

/// Generates the impl of one type; owns the path to status-core and the constants the impl's
/// methods share.
struct Expander {
    krate: TokenStream,
    private: TokenStream,
    http: TokenStream,
    /// The `Content-Type` of every response, as a `HeaderValue` expression.
    content_type: TokenStream,
    /// The format that renders the representation; `None` for text, whose bodies are written
    /// directly.
    format: Option<TokenStream>,
    consts: Vec<Const>,
    /// The `#[cfg]` predicates of the variant whose arms are being written.
    cfgs: Vec<TokenStream>,
    /// The body type parameter of `to_response`, named unlike the type's own parameters.
    param: Ident,
}

/// A named constant of the expansion; `text` is the value's tokens, by which a value used
/// again is found.
struct Const {
    ty: TokenStream,
    value: TokenStream,
    text: String,
    /// The `#[cfg]` predicates of each variant that uses it; `None` once a variant without
    /// any does, so that the constant exists exactly where it is used.
    users: Option<Vec<Vec<TokenStream>>>,
}

impl Expander {
    fn new(krate: &TokenStream, input: &Input) -> Self {
        let format = &input.format;
        let private = quote!(#krate::__private);
        let http = quote!(#private::http);
        let (content_type, format) = match format {
            BodyFormat::Text => (quote!(#TEXT_PLAIN), None),
            BodyFormat::ProblemJson => (
                quote!(#PROBLEM_JSON),
                Some(quote!(#krate::format::ProblemJson)),
            ),
            BodyFormat::Custom(path) => (
                quote!(<#path as #krate::Format>::CONTENT_TYPE),
                Some(quote!(#path)),
            ),
        };
        Expander {
            krate: krate.clone(),
            content_type: quote!(#http::HeaderValue::from_static(#content_type)),
            private,
            http,
            format,
            consts: Vec::new(),
            cfgs: Vec::new(),
            param: bound::body_param(&input.original.generics),
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

        let param = self.param.clone();
        let status = self.arms(variants, Delegate::Status, Self::status_arm);
        let headers = self.arms(variants, Delegate::WriteHeaders, Self::headers_arm);
        let plain = |(_, plan): &&(&Variant, Plan)| matches!(plan, Plan::Direct(direct) if direct.members.is_plain());
        let problem = if self.format.is_some() || !variants.iter().any(|variant| plain(&variant)) {
            self.arms(variants, Delegate::Problem, Self::problem_arm)
        } else {
            // A text body is the detail: the representation reuses `body` rather than format
            // each message a third time, and each arm says only the title and whether there
            // is a detail. Measured by scripts/macro-cost.sh.
            let arms = self.arms(variants, Delegate::TextProblem, Self::text_problem_arm);
            quote!(#private::text_problem(self, #arms))
        };
        let (body, response) = match self.format.clone() {
            None => self.text_body(variants),
            Some(format) => self.rendered_body(&format),
        };
        let consts = self.consts();
        let checks = self.format_check(input);
        let conversions = impls::conversions(original, &input.opt_outs, &krate);
        let openapi = openapi::responses(input, variants, &krate);
        let warnings = warnings(variants);

        quote! {
            const _: () = {
            #consts
            #checks

            #[automatically_derived]
            #[allow(deprecated)]
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

                fn problem(&self) -> #krate::Problem {
                    #problem
                }

                #[inline]
                fn to_response<#param>(&self) -> #http::Response<#param>
                where
                    #param: #krate::ResponseBody,
                {
                    #response
                }
            }
            };

            #conversions
            #openapi
            #warnings
        }
    }

    /// `body` and `to_response` of a text type: each variant's text written directly.
    fn text_body(&mut self, variants: &[(&Variant, Plan)]) -> (TokenStream, TokenStream) {
        let private = self.private.clone();
        let body = self.arms(variants, Delegate::Body, Self::body_arm);
        // Where every variant delegates (or there is none), the `match` is the whole body: code
        // after it would be unreachable.
        let response = if variants
            .iter()
            .all(|(_, plan)| matches!(plan, Plan::Transparent { message: None, .. }))
        {
            self.arms(variants, Delegate::ToResponse, Self::response_arm)
        } else {
            let response = self.arms(variants, Delegate::ReturnResponse, Self::response_arm);
            // No local of the expansion's own: a constant of the same name in the user's
            // module would turn a `let` into a pattern.
            let param = &self.param;
            quote!(#private::respond::<#param, Self>(self, #response))
        };
        (body, response)
    }

    /// `body` and `to_response` of a type whose format renders the representation.
    fn rendered_body(&self, format: &TokenStream) -> (TokenStream, TokenStream) {
        let krate = &self.krate;
        let private = &self.private;
        let param = &self.param;
        let body = quote!(#private::render::<#format>(&#krate::HttpStatusError::problem(self)));
        let response = quote!(#private::rendered::<#format, #param, Self>(self));
        (body, response)
    }

    /// A format of the application's own has its content type checked as a media type, where
    /// the type names the format.
    fn format_check(&self, input: &Input) -> TokenStream {
        let BodyFormat::Custom(path) = &input.format else {
            return TokenStream::new();
        };
        let krate = &self.krate;
        let private = &self.private;
        let span = syn::spanned::Spanned::span(path);
        quote_spanned! {span=>
            const _: () = #private::core::assert!(
                #private::is_media_type(<#path as #krate::Format>::CONTENT_TYPE),
                "the format's CONTENT_TYPE is not a media type: expected type/subtype, then \
                 optional ; name=value parameters (RFC 9110 §8.3.1)",
            );
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
                self.cfgs = cfgs.iter().filter_map(|attr| cfg_predicate(attr)).collect();
                let arm = match plan {
                    Plan::Transparent { member, message } => {
                        self.delegate(variant, member, message.as_ref(), delegate)
                    }
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

    /// A transparent variant's arm: the trait's method called on its one field, except where
    /// the variant's own message words the body.
    fn delegate(
        &mut self,
        variant: &Variant,
        member: &Member,
        message: Option<&Message>,
        delegate: Delegate,
    ) -> TokenStream {
        let krate = self.krate.clone();
        let private = self.private.clone();
        let param = self.param.clone();
        let members = std::iter::once(member).chain(message.into_iter().flat_map(message_members));
        let pat = pattern(variant, members);
        let field = variant.local(member);
        let worded = message.map(|message| self.message_expr(message));
        let call = match (delegate, worded) {
            (Delegate::Status, _) => quote!(#krate::HttpStatusError::status(#field)),
            // The inner error's headers; the content type of the body this type writes, where
            // that is not the inner error's own.
            (Delegate::WriteHeaders, worded) if worded.is_some() || self.format.is_some() => {
                let content_type = self.content_type();
                quote!({
                    #krate::HttpStatusError::write_headers(#field, __headers);
                    __headers.insert(#private::http::header::CONTENT_TYPE, #content_type);
                })
            }
            (Delegate::WriteHeaders, _) => {
                quote!(#krate::HttpStatusError::write_headers(#field, __headers))
            }
            (Delegate::Problem, None) => quote!(#krate::HttpStatusError::problem(#field)),
            (Delegate::Problem, Some(text)) => {
                quote!(#private::worded(#krate::HttpStatusError::problem(#field), #text))
            }
            (Delegate::TextProblem, None) => {
                quote!(return #krate::HttpStatusError::problem(#field))
            }
            (Delegate::TextProblem, Some(text)) => quote! {
                return #private::worded(#krate::HttpStatusError::problem(#field), #text)
            },
            (Delegate::Body, None) => quote!(#krate::HttpStatusError::body(#field)),
            (Delegate::Body, Some(text)) => text,
            (Delegate::ToResponse, _) => {
                quote!(#krate::HttpStatusError::to_response::<#param>(#field))
            }
            (Delegate::ReturnResponse, None) => {
                quote!(return #krate::HttpStatusError::to_response::<#param>(#field))
            }
            (Delegate::ReturnResponse, Some(_)) => {
                let text = message.map(|message| self.text_expr(message));
                quote!((#krate::HttpStatusError::status(#field), #text))
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
            self.consts.push(Const {
                ty,
                value,
                text,
                users: Some(Vec::new()),
            });
            self.consts.len() - 1
        };
        let cfgs = self.cfgs.clone();
        let users = &mut self.consts[index].users;
        if cfgs.is_empty() {
            *users = None;
        } else if let Some(users) = users {
            users.push(cfgs);
        }
        const_name(index)
    }

    /// The constants gathered by [`Self::constant`], as items.
    fn consts(&mut self) -> TokenStream {
        let items = std::mem::take(&mut self.consts)
            .into_iter()
            .enumerate()
            .map(
                |(
                    index,
                    Const {
                        ty, value, users, ..
                    },
                )| {
                    let ident = const_name(index);
                    // Only where a variant that uses it is compiled: no dead code to allow.
                    let cfg = users.map(|users| {
                        let users = users.iter().map(|cfgs| quote!(all(#(#cfgs),*)));
                        quote!(#[cfg(any(#(#users),*))])
                    });
                    quote!(#cfg const #ident: #ty = #value;)
                },
            );
        quote!(#(#items)*)
    }

    fn status(&mut self, code: u16) -> Ident {
        let private = &self.private;
        self.constant(
            quote!(#private::http::StatusCode),
            quote!(#private::status(#code)),
        )
    }

    fn content_type(&mut self) -> Ident {
        let http = &self.http;
        let value = self.content_type.clone();
        self.constant(quote!(#http::HeaderValue), value)
    }

    fn header_name(&mut self, name: &str) -> Ident {
        let http = &self.http;
        self.constant(
            quote!(#http::HeaderName),
            quote!(#http::HeaderName::from_static(#name)),
        )
    }

    /// A direct variant's status, and the field it reads, if it is dynamic.
    fn status_of<'d>(&mut self, direct: &'d Direct) -> (TokenStream, Option<&'d Member>) {
        match &direct.status {
            Status::Fixed(code) => {
                let status = self.status(*code);
                (quote!(#status), None)
            }
            Status::Dynamic(FieldRef { member, ty }) => {
                let krate = &self.krate;
                let local = fmt::local(member, *ty);
                (
                    quote_spanned!(*ty=> #krate::ErrorStatus::status(*#local)),
                    Some(member),
                )
            }
        }
    }

    fn status_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let (status, member) = self.status_of(direct);
        let pat = pattern(variant, member.into_iter());
        quote!(#pat => #status,)
    }

    fn headers_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let pat = pattern(variant, direct.fields.iter().map(|field| &field.member));
        let statements = self.header_statements(direct);
        quote!(#pat => { #statements })
    }

    /// The statements writing a direct variant's headers into `__headers`, its fields bound.
    fn header_statements(&mut self, direct: &Direct) -> TokenStream {
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
        let (name, value) = (self.header_name("content-type"), self.content_type());
        first("content-type");
        let mut calls = vec![quote!(__headers.insert(#name, #value);)];
        let lines = direct
            .headers
            .iter()
            .map(|line| (line.name.as_str(), line.value.as_str()));
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
            let ident = fmt::local(&field.member, ty);
            let mut local = quote!(#ident);
            // A field that alone answers a MUST rule must be of a type that is never empty.
            local = match (field.required, field.via) {
                (true, FieldTrait::Challenge) => {
                    quote_spanned!(ty=> #private::required_challenges(#local))
                }
                (true, FieldTrait::Allow) => quote_spanned!(ty=> #private::required_allow(#local)),
                _ => local,
            };
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
                    quote_spanned!(ty=> #private::allow(__headers, #header, #local))
                }
                FieldTrait::RetryAfter => {
                    quote_spanned!(ty=> #private::retry_after(__headers, #header, #local))
                }
                FieldTrait::ContentRange => {
                    quote_spanned!(ty=> #private::content_range(__headers, #header, #local))
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
            Body::Message(message) => self.message_expr(message),
            Body::Display(span) => {
                quote_spanned!(*span=> #private::DisplayBody::display_body(self))
            }
            // Fixed: a dynamic status always has a message.
            Body::Title => {
                let title = direct.members.title.as_deref().unwrap_or_default();
                quote!(#private::text(#title))
            }
        }
    }

    /// A message's text, its fields bound.
    fn message_expr(&self, message: &Message) -> TokenStream {
        let private = &self.private;
        match message {
            // A plain function: cheaper to check than `<String as From<&str>>::from`
            // (`String::from` needs `From` in scope, which `#[no_implicit_prelude]` takes away).
            Message::Static(text) => quote!(#private::text(#text)),
            Message::Format { lit, args, extra } => {
                let args = args.iter().filter(|arg| arg.placeholder).map(|arg| {
                    let name = &arg.name;
                    let local = fmt::local(&arg.member, arg.ty);
                    quote!(#name = #local)
                });
                quote!(#private::format!(#lit, #(#extra,)* #(#args),*))
            }
        }
    }

    /// A direct variant's representation, its fields bound.
    /// A direct variant's part of a text type's representation: its title (`None` for the
    /// phrase of a dynamic status) and whether its body is a detail; a variant with members
    /// beyond those returns its whole representation.
    fn text_problem_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let members = &direct.members;
        if !members.is_plain() {
            let (pat, problem) = self.problem_expr(variant, direct);
            return quote!(#pat => return #problem,);
        }
        let private = &self.private;
        let pat = pattern(variant, std::iter::empty());
        let title = members.title.as_ref().map_or_else(
            || quote!(#private::core::option::Option::None),
            |title| quote!(#private::core::option::Option::Some(#title)),
        );
        let detail = !matches!(direct.body, Body::Title);
        quote!(#pat => (#title, #detail),)
    }

    fn problem_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let (pat, problem) = self.problem_expr(variant, direct);
        quote!(#pat => #problem,)
    }

    /// A direct variant's pattern, and its representation as one expression.
    fn problem_expr(&mut self, variant: &Variant, direct: &Direct) -> (TokenStream, TokenStream) {
        let private = self.private.clone();
        let problem = &direct.members;
        let (status, status_member) = self.status_of(direct);
        let members = body_members(direct)
            .chain(status_member)
            .chain(problem.instance.iter().map(|field| &field.member))
            .chain(problem.extensions.iter().map(|ext| &ext.field.member));
        let pat = pattern(variant, members);
        // One expression, no local of the expansion's own: a constant of the same name in the
        // user's module would turn a `let` into a pattern.
        let mut problem_expr = match (&problem.title, &direct.status) {
            (Some(title), _) => quote!(#private::problem(#status, #title)),
            // The status's phrase, from the status read once, so that a field of the wrong type
            // is reported once.
            (None, Status::Dynamic(_)) => quote!(#private::problem_of(#status)),
            (None, Status::Fixed(code)) => {
                let phrase = rules::reason(*code);
                quote!(#private::problem(#status, #phrase))
            }
        };
        if let Some(uri) = &problem.problem_type {
            problem_expr = quote!(#problem_expr.with_problem_type(#uri));
        }
        match &direct.body {
            Body::Message(Message::Static(text)) => {
                problem_expr = quote!(#problem_expr.with_detail(#text));
            }
            Body::Title => {}
            Body::Message(Message::Format { .. }) | Body::Display(_) => {
                let text = self.body_expr(direct);
                problem_expr = quote!(#problem_expr.with_detail(#text));
            }
        }
        if let Some(FieldRef { member, ty }) = &problem.instance {
            let local = fmt::local(member, *ty);
            problem_expr = quote_spanned!(*ty=> #private::instance(#problem_expr, #local));
        }
        for extension in &problem.extensions {
            let FieldRef { member, ty } = &extension.field;
            let local = fmt::local(member, *ty);
            let name = &extension.name;
            problem_expr = quote_spanned!(*ty=> #private::extension(#problem_expr, #name, #local));
        }
        (pat, problem_expr)
    }

    /// The status and the body in one arm, the headers written after by `write_headers`: two
    /// `match`es, as the same response is written by hand, where the trait's default
    /// `to_response` makes three through `body`, `status` and `write_headers`.
    fn response_arm(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let (status, member) = self.status_of(direct);
        let pat = pattern(variant, body_members(direct).chain(member));
        let private = &self.private;
        let body = match &direct.body {
            Body::Message(message) => self.text_expr(message),
            Body::Title => {
                let title = direct.members.title.as_deref().unwrap_or_default();
                quote!(#private::Text::Static(#title))
            }
            Body::Display(_) => {
                let text = self.body_expr(direct);
                quote!(#private::Text::Owned(#text))
            }
        };
        quote!(#pat => (#status, #body),)
    }

    /// A message as a `__private::Text`: a static one handed over without a copy.
    fn text_expr(&self, message: &Message) -> TokenStream {
        let private = &self.private;
        match message {
            Message::Static(text) => quote!(#private::Text::Static(#text)),
            Message::Format { .. } => {
                let text = self.message_expr(message);
                quote!(#private::Text::Owned(#text))
            }
        }
    }
}

/// The predicate of a `#[cfg(...)]` attribute.
fn cfg_predicate(attr: &syn::Attribute) -> Option<TokenStream> {
    attr.meta
        .require_list()
        .ok()
        .map(|list| list.tokens.clone())
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
    let mut bound: Vec<&Member> = Vec::new();
    for member in members {
        if !bound.contains(&member) {
            bound.push(member);
        }
    }
    let bindings = bound.into_iter().map(|member| {
        let local = variant.local(member);
        quote!(#member: #local,)
    });
    quote!(#path { #(#bindings)* .. })
}

/// The fields a direct variant's body reads.
fn body_members(direct: &Direct) -> impl Iterator<Item = &Member> {
    let message = match &direct.body {
        Body::Message(message) => Some(message),
        Body::Display(_) | Body::Title => None,
    };
    message.into_iter().flat_map(message_members)
}

/// The fields a message reads.
fn message_members(message: &Message) -> impl Iterator<Item = &Member> {
    let args = match message {
        Message::Format { args, .. } => &args[..],
        Message::Static(_) => &[],
    };
    args.iter().map(|arg| &arg.member)
}

/// SHOULD rules as warnings on stable Rust: a use of a deprecated item, spanned at the
/// attribute, whose note is the rule. A warning at the same place with the same words (an
/// enum's `default` status, taken by several variants) is given once.
fn warnings(variants: &[(&Variant, Plan)]) -> TokenStream {
    let mut seen: Vec<String> = Vec::new();
    let warnings = variants
        .iter()
        .filter_map(|(_, plan)| match plan {
            Plan::Direct(direct) => Some(&direct.warnings),
            Plan::Transparent { .. } => None,
        })
        .flatten()
        .filter(|warning| {
            let key = format!("{:?} {}", warning.span, warning.message);
            let first = !seen.contains(&key);
            seen.push(key);
            first
        })
        .map(|warning| {
            let message = &warning.message;
            let use_site = quote_spanned!(warning.span=> let _ = HttpShould;);
            quote! {
                const _: () = {
                    #[deprecated(note = #message)]
                    struct HttpShould;
                    #use_site
                };
            }
        });
    quote!(#(#warnings)*)
}
