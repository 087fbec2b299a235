//! Code generation. Everything here may assume a checked plan: nothing is validated again.

use crate::ast::{Input, Variant};
use crate::attr::BodyFormat;
use crate::bound;
use crate::ctxt::Ctxt;
use crate::fallback::fallback;
use crate::fmt::{self, Message};
use crate::impls;
use crate::key::FieldTrait;
use crate::rules::{self, PROBLEM_JSON, TEXT_PLAIN};
use crate::valid::{self, Body, Direct, FieldRef, Plan, Status};
use proc_macro2::{Span, TokenStream};
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

/// Generates the impl of one type; owns the path to status-core and the constants the impl's
/// methods share.
struct Expander {
    krate: TokenStream,
    /// `__p`: the alias of `#krate::__private` in the block around the impl. One identifier
    /// per use instead of the whole path: fewer tokens to make, parse and resolve.
    p: Ident,
    /// The `Content-Type` of every response, as a `&'static str` expression.
    content_type: TokenStream,
    /// The format that renders the representation; `None` for text, whose bodies are written
    /// directly.
    format: Option<TokenStream>,
    consts: Vec<Const>,
    /// The `#[cfg]` predicates of the variant whose arms are being written.
    cfgs: Vec<TokenStream>,
}

/// A named constant of the expansion; `key` names the value, by which a value used again is
/// found.
struct Const {
    key: String,
    ty: TokenStream,
    value: TokenStream,
    /// The `#[cfg]` predicates of each variant that uses it; `None` once a variant without
    /// any does, so that the constant exists exactly where it is used.
    users: Option<Vec<Vec<TokenStream>>>,
}

/// One arm of a generated `match self`.
struct Arm<'a> {
    cfgs: &'a [&'a syn::Attribute],
    pat: TokenStream,
    body: TokenStream,
    /// Arms of one key have the same body and bind nothing: they share one arm, its patterns
    /// joined with `|`, and the largest group is the `_` arm. `None`: an arm of its own.
    key: Option<String>,
}

impl Expander {
    fn new(krate: &TokenStream, input: &Input) -> Self {
        let (content_type, format) = match &input.format {
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
            p: Ident::new("__p", Span::call_site()),
            content_type,
            format,
            consts: Vec::new(),
            cfgs: Vec::new(),
        }
    }

    fn expand(mut self, input: &Input, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let p = self.p.clone();
        let original = input.original;
        let ident = &original.ident;
        let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();
        let where_clause =
            bound::with_bounds(where_clause, &bound::bounds(input, variants, &krate));

        let status = self.status(variants);
        let write = self.write(variants);
        let (head, body, problem) = match (&input.format, self.format.clone()) {
            (BodyFormat::ProblemJson, _) => {
                // The object is written at once from the variant's fields, and the
                // representation is that object read back.
                (
                    self.json(variants),
                    quote!(#p::body(self)),
                    quote!(#p::parsed(self)),
                )
            }
            (_, Some(format)) => (
                quote!(#p::rendered::<#format, Self>(self)),
                quote!(#p::render::<#format>(&#krate::HttpStatusError::problem(self))),
                self.problem(variants),
            ),
            (_, None) => (
                self.head(variants),
                quote!(#p::body(self)),
                self.problem(variants),
            ),
        };
        let consts = self.consts();
        let checks = self.format_check(input);
        let conversions = impls::conversions(original, &input.opt_outs, &krate);
        let warnings = warnings(variants);

        quote! {
            const _: () = {
            use #krate::__private as #p;
            #consts
            #checks

            #[automatically_derived]
            #[allow(deprecated)]
            impl #impl_generics #krate::HttpStatusError for #ident #ty_generics #where_clause {
                #[inline]
                fn status(&self) -> #p::http::StatusCode {
                    #status
                }

                #[inline]
                fn write_headers(&self, __headers: &mut #p::http::HeaderMap) {
                    #krate::HttpStatusError::__write(self, __headers);
                }

                #[inline]
                fn body(&self) -> #p::String {
                    #body
                }

                fn problem(&self) -> #krate::Problem {
                    #problem
                }

                #[inline]
                fn __head(&self) -> (#p::http::StatusCode, #p::Text) {
                    #head
                }

                #[inline]
                fn __write<__S: #p::Sink>(&self, __sink: &mut __S) {
                    #write
                }
            }
            };

            #conversions
            #warnings
        }
    }

    /// A format of the application's own has its content type checked as a media type, where
    /// the type names the format.
    fn format_check(&self, input: &Input) -> TokenStream {
        let BodyFormat::Custom(path) = &input.format else {
            return TokenStream::new();
        };
        let krate = &self.krate;
        let p = &self.p;
        let span = syn::spanned::Spanned::span(path);
        quote_spanned! {span=>
            const _: () = #p::core::assert!(
                #p::is_media_type(<#path as #krate::Format>::CONTENT_TYPE),
                "the format's CONTENT_TYPE is not a media type: expected type/subtype, then \
                 optional ; name=value parameters (RFC 9110 §8.3.1)",
            );
        }
    }

    /// Sets the `#[cfg]`s under which the constants used from now on are needed.
    fn enter(&mut self, variant: &Variant) {
        self.cfgs = variant
            .cfgs
            .iter()
            .filter_map(|attr| cfg_predicate(attr))
            .collect();
    }

    /// A named constant for `value`, one per distinct `key` in the expansion. The expansion's
    /// statuses and static header lines are a few values used over and over (`Content-Type` in
    /// every variant): one `const` item each costs the compiler far less than an inline
    /// `const { .. }` block at every use, and is as free at run time. Measured by
    /// scripts/macro-cost.sh.
    fn constant(
        &mut self,
        key: String,
        ty: impl FnOnce() -> TokenStream,
        value: impl FnOnce() -> TokenStream,
    ) -> Ident {
        let index = if let Some(index) = self.consts.iter().position(|known| known.key == key) {
            index
        } else {
            self.consts.push(Const {
                key,
                ty: ty(),
                value: value(),
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

    fn status_const(&mut self, code: u16) -> Ident {
        let p = self.p.clone();
        self.constant(
            format!("s{code}"),
            || quote!(#p::http::StatusCode),
            || quote!(#p::status(#code)),
        )
    }

    /// A checked header line: the first of its name replaces, the next ones append.
    fn line(&mut self, name: &str, value: &str, append: bool) -> Ident {
        let p = self.p.clone();
        self.constant(
            format!("l{append:?}:{name}:{value}"),
            || quote!(#p::Line),
            || quote!(#p::Line::new(#name, #value, #append)),
        )
    }

    /// The `Content-Type` line of every response.
    fn content_type_line(&mut self) -> Ident {
        let p = self.p.clone();
        let value = self.content_type.clone();
        self.constant(
            "content-type".to_owned(),
            || quote!(#p::Line),
            || quote!(#p::Line::new("content-type", #value, false)),
        )
    }

    fn header_name(&mut self, name: &str) -> Ident {
        let p = self.p.clone();
        self.constant(
            format!("n{name}"),
            || quote!(#p::Name),
            || quote!(#p::Name::new(#name)),
        )
    }

    /// A direct variant's status, and the field it reads, if it is dynamic.
    fn status_of<'d>(&mut self, direct: &'d Direct) -> (TokenStream, Option<&'d Member>) {
        match &direct.status {
            Status::Fixed(code) => {
                let status = self.status_const(*code);
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

    /// `status`: variants of one status share an arm.
    fn status(&mut self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let mut arms = Vec::new();
        for (variant, plan) in variants {
            self.enter(variant);
            let arm = match plan {
                Plan::Transparent { member, .. } => {
                    let field = variant.local(member);
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, std::iter::once(member)),
                        body: quote!(#krate::HttpStatusError::status(#field)),
                        key: None,
                    }
                }
                Plan::Direct(direct) => {
                    let (status, member) = self.status_of(direct);
                    let key = match direct.status {
                        Status::Fixed(code) => Some(code.to_string()),
                        Status::Dynamic(_) => None,
                    };
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, member.into_iter()),
                        body: status,
                        key,
                    }
                }
            };
            arms.push(arm);
        }
        matched(arms)
    }

    /// `__write`: each variant's lines, the content type first. Without a transparent variant,
    /// which leaves the content type to its field, the content type is written before the
    /// `match`, and the variants without other lines need no arm.
    fn write(&mut self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let p = self.p.clone();
        let hoisted = !variants
            .iter()
            .any(|(_, plan)| matches!(plan, Plan::Transparent { .. }));
        let mut arms = Vec::new();
        let mut first = None;
        for (variant, plan) in variants {
            self.enter(variant);
            if hoisted && first.is_none() && variant.cfgs.is_empty() {
                first = Some(self.content_type_line());
            }
            let arm = match plan {
                Plan::Transparent { member, message } => {
                    let field = variant.local(member);
                    // The inner error's lines; then the content type of the body this type
                    // writes, where that is not the inner error's own.
                    let body = if message.is_some() || self.format.is_some() {
                        let content_type = self.content_type_line();
                        quote!({
                            #krate::HttpStatusError::__write(#field, __sink);
                            #p::line(__sink, #content_type);
                        })
                    } else {
                        quote!(#krate::HttpStatusError::__write(#field, __sink))
                    };
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, std::iter::once(member)),
                        body,
                        key: None,
                    }
                }
                Plan::Direct(direct) => self.lines_arm(variant, direct, hoisted),
            };
            arms.push(arm);
        }
        if hoisted && first.is_none() && !variants.is_empty() {
            // Every variant is `#[cfg]`'d: the line exists where one of them does.
            for (variant, _) in variants {
                self.enter(variant);
                first = Some(self.content_type_line());
            }
        }
        let prelude = first.map(|line| quote!(#p::line(__sink, #line);));
        let lines = matched(arms);
        quote!(#prelude #lines)
    }

    /// A direct variant's lines: static ones from constants, then those from its fields.
    fn lines_arm<'a>(&mut self, variant: &'a Variant, direct: &Direct, hoisted: bool) -> Arm<'a> {
        let p = self.p.clone();
        // The first line of a name replaces what the map holds; the next ones add to it.
        let mut seen: Vec<&str> = vec!["content-type"];
        let mut first = |name| -> bool {
            let first = !seen.contains(&name);
            if first {
                seen.push(name);
            }
            first
        };
        let mut statics = Vec::new();
        let mut key = String::new();
        if !hoisted {
            statics.push(self.content_type_line());
            key.push_str("ct;");
        }
        for line in &direct.headers {
            let append = !first(line.name.as_str());
            statics.push(self.line(&line.name, &line.value, append));
            key.extend([
                &format!("{append:?}"),
                ":",
                &line.name,
                ":",
                &line.value,
                ";",
            ]);
        }
        let mut calls = match statics.as_slice() {
            [] => Vec::new(),
            [line] => vec![quote!(#p::line(__sink, #line);)],
            lines => vec![quote!(#p::lines(__sink, [#(#lines),*]);)],
        };
        for field in &direct.fields {
            let ty = field.ty;
            let ident = fmt::local(&field.member, ty);
            let mut local = quote!(#ident);
            // A field that alone answers a MUST rule must be of a type that is never empty.
            local = match (field.required, field.via) {
                (true, FieldTrait::Challenge) => {
                    quote_spanned!(ty=> #p::required_challenges(#local))
                }
                (true, FieldTrait::Allow) => quote_spanned!(ty=> #p::required_allow(#local)),
                _ => local,
            };
            let replace = first(&field.header);
            let header = self.header_name(&field.header);
            // Spanned at the field's type: a type that cannot supply the header is reported there.
            let call = match field.via {
                FieldTrait::Challenge => {
                    quote_spanned!(ty=> #p::challenges(__sink, #header, #local, #replace))
                }
                FieldTrait::Other => {
                    quote_spanned!(ty=> #p::other(__sink, #header, #local, #replace))
                }
                FieldTrait::Allow => quote_spanned!(ty=> #p::allow(__sink, #header, #local)),
                FieldTrait::RetryAfter => {
                    quote_spanned!(ty=> #p::retry_after(__sink, #header, #local))
                }
                FieldTrait::ContentRange => {
                    quote_spanned!(ty=> #p::content_range(__sink, #header, #local))
                }
            };
            calls.push(quote!(#call;));
        }
        let count = direct.headers.len() + direct.fields.len() + 1;
        // A HeaderMap's first insert makes room for 6 lines; reserving fewer is slower than
        // letting it (a smaller, fuller table, and one more call): measured by
        // benches/response.rs.
        if count > FIRST_ALLOCATION {
            calls.insert(0, quote!(#p::reserve(__sink, #count);));
            key.insert_str(0, &format!("reserve {count};"));
        }
        let members = direct.fields.iter().map(|field| &field.member);
        Arm {
            cfgs: &variant.cfgs,
            pat: pattern(variant, members),
            body: quote!({ #(#calls)* }),
            key: direct.fields.is_empty().then_some(key),
        }
    }

    /// `__head` of a text type: each variant's status and body in one arm.
    fn head(&mut self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let mut arms = Vec::new();
        for (variant, plan) in variants {
            self.enter(variant);
            let arm = match plan {
                Plan::Transparent { member, message } => {
                    let field = variant.local(member);
                    let members =
                        std::iter::once(member).chain(message.iter().flat_map(message_members));
                    let body = match message {
                        None => quote!(#krate::HttpStatusError::__head(#field)),
                        Some(message) => {
                            let text = self.message_text(message);
                            quote!((#krate::HttpStatusError::status(#field), #text))
                        }
                    };
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, members),
                        body,
                        key: None,
                    }
                }
                Plan::Direct(direct) => {
                    let (status, member) = self.status_of(direct);
                    let (text, text_key) = self.text(direct);
                    let key = match (&direct.status, text_key) {
                        (Status::Fixed(code), Some(text)) => Some(format!("{code} {text}")),
                        _ => None,
                    };
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, body_members(direct).chain(member)),
                        body: quote!((#status, #text)),
                        key,
                    }
                }
            };
            arms.push(arm);
        }
        matched(arms)
    }

    /// `__head` of a problem+json type: each variant's object, written at once.
    fn json(&mut self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let p = self.p.clone();
        let mut arms = Vec::new();
        for (variant, plan) in variants {
            self.enter(variant);
            let arm = match plan {
                Plan::Transparent { member, message } => {
                    let field = variant.local(member);
                    let members =
                        std::iter::once(member).chain(message.iter().flat_map(message_members));
                    let mut problem = quote!(#krate::HttpStatusError::problem(#field));
                    if let Some(message) = message {
                        let text = self.message_text(message);
                        problem = quote!(#p::with_detail(#problem, #text));
                    }
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, members),
                        body: quote!(#p::rendered_problem::<#krate::format::ProblemJson>(&#problem)),
                        key: None,
                    }
                }
                Plan::Direct(direct) => self.json_arm(variant, direct),
            };
            arms.push(arm);
        }
        matched(arms)
    }

    /// A direct variant's problem details object.
    fn json_arm<'a>(&mut self, variant: &'a Variant, direct: &Direct) -> Arm<'a> {
        let p = self.p.clone();
        let members = &direct.members;
        let (status, status_member) = self.status_of(direct);
        let (text, text_key) = self.text(direct);
        let option = |value: Option<TokenStream>| {
            value.map_or_else(|| quote!(#p::None), |value| quote!(#p::Some(#value)))
        };
        let title = option(members.title.as_ref().map(|title| quote!(#title)));
        let problem_type = option(members.problem_type.as_ref().map(|uri| quote!(#uri)));
        let instance = option(members.instance.as_ref().map(|FieldRef { member, ty }| {
            let local = fmt::local(member, *ty);
            quote_spanned!(*ty=> #local)
        }));
        let extensions = members.extensions.iter().map(|extension| {
            let FieldRef { member, ty } = &extension.field;
            let local = fmt::local(member, *ty);
            let name = &extension.name;
            quote_spanned!(*ty=> (#name, #p::member(#local)))
        });
        let key = match (&direct.status, text_key) {
            (Status::Fixed(code), Some(text)) if members.is_plain() => Some(format!(
                "{code} {text} {:?} {:?}",
                members.title, members.problem_type
            )),
            _ => None,
        };
        let bound = body_members(direct)
            .chain(status_member)
            .chain(members.instance.iter().map(|field| &field.member))
            .chain(members.extensions.iter().map(|ext| &ext.field.member));
        Arm {
            cfgs: &variant.cfgs,
            pat: pattern(variant, bound),
            body: quote!(#p::json(#status, #title, #problem_type, #text, #instance, &[#(#extensions),*])),
            key,
        }
    }

    /// A direct variant's body as a `__private::Text`, its fields bound, and a key naming it
    /// where it binds no field.
    fn text(&self, direct: &Direct) -> (TokenStream, Option<String>) {
        let p = &self.p;
        match &direct.body {
            Body::Message(message) => {
                let key = match message {
                    Message::Static(text) => Some(format!("static {text}")),
                    Message::Format { .. } => None,
                };
                (self.message_text(message), key)
            }
            Body::Display(span) => (
                quote_spanned!(*span=> #p::DisplayBody::display_body(self)),
                Some("display".to_owned()),
            ),
            // Fixed: a dynamic status always has a message.
            Body::Title => {
                let title = direct.members.title.as_deref().unwrap_or_default();
                (
                    quote!(#p::Text::Title(#title)),
                    Some(format!("title {title}")),
                )
            }
        }
    }

    /// A message as a `__private::Text`: a static one handed over without a copy.
    fn message_text(&self, message: &Message) -> TokenStream {
        let p = &self.p;
        match message {
            Message::Static(text) => quote!(#p::Text::Static(#text)),
            Message::Format { lit, args, extra } => {
                let args = args.iter().filter(|arg| arg.placeholder).map(|arg| {
                    let name = &arg.name;
                    let local = fmt::local(&arg.member, arg.ty);
                    quote!(#name = #local)
                });
                quote!(#p::Text::Owned(#p::fmt(#p::core::format_args!(#lit, #(#extra,)* #(#args),*))))
            }
        }
    }

    /// `problem`. A text type whose variants have no member beyond the title reuses its head:
    /// the body is the detail, and an arm says only a title that is not the status's phrase.
    fn problem(&mut self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let plain = |plan: &Plan| match plan {
            Plan::Direct(direct) => direct.members.is_plain(),
            Plan::Transparent { .. } => true,
        };
        // Where every variant delegates, the `match` is the whole representation: code after it
        // would be unreachable.
        let delegates = variants
            .iter()
            .all(|(_, plan)| matches!(plan, Plan::Transparent { .. }));
        if self.format.is_some() || delegates || !variants.iter().all(|(_, plan)| plain(plan)) {
            return self.problem_arms(variants);
        }
        let krate = self.krate.clone();
        let p = self.p.clone();
        let mut arms = Vec::new();
        let mut any_title = false;
        for (variant, plan) in variants {
            self.enter(variant);
            let arm = match plan {
                Plan::Transparent { member, message } => {
                    let field = variant.local(member);
                    let members =
                        std::iter::once(member).chain(message.iter().flat_map(message_members));
                    let problem = quote!(#krate::HttpStatusError::problem(#field));
                    let body = match message {
                        None => quote!(return #problem),
                        Some(message) => {
                            let text = self.message_text(message);
                            quote!(return #p::with_detail(#problem, #text))
                        }
                    };
                    any_title = true;
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, members),
                        body,
                        key: None,
                    }
                }
                Plan::Direct(direct) => {
                    // The title the status's phrase gives at run time needs no arm, nor the
                    // one a title body carries.
                    let title = match (&direct.status, &direct.members.title, &direct.body) {
                        (_, _, Body::Title) | (_, None, _) => None,
                        (Status::Fixed(code), Some(title), _)
                            if rules::registered(*code).is_some()
                                && rules::reason(*code) == title =>
                        {
                            None
                        }
                        (_, Some(title), _) => Some(title),
                    };
                    any_title |= title.is_some();
                    let body = title.map_or_else(
                        || quote!(#p::core::option::Option::None),
                        |title| quote!(#p::core::option::Option::Some(#title)),
                    );
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, std::iter::empty()),
                        body,
                        key: Some(format!("{title:?}")),
                    }
                }
            };
            arms.push(arm);
        }
        let titles = if any_title {
            matched(arms)
        } else {
            quote!(#p::core::option::Option::None)
        };
        quote!(#p::text_problem(self, #titles))
    }

    /// `problem` with an arm per variant building its whole representation.
    fn problem_arms(&mut self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let p = self.p.clone();
        let mut arms = Vec::new();
        for (variant, plan) in variants {
            self.enter(variant);
            let arm = match plan {
                Plan::Transparent { member, message } => {
                    let field = variant.local(member);
                    let members =
                        std::iter::once(member).chain(message.iter().flat_map(message_members));
                    let problem = quote!(#krate::HttpStatusError::problem(#field));
                    let body = match message {
                        None => problem,
                        Some(message) => {
                            let text = self.message_text(message);
                            quote!(#p::with_detail(#problem, #text))
                        }
                    };
                    Arm {
                        cfgs: &variant.cfgs,
                        pat: pattern(variant, members),
                        body,
                        key: None,
                    }
                }
                Plan::Direct(direct) => self.problem_arm(variant, direct),
            };
            arms.push(arm);
        }
        matched(arms)
    }

    /// A direct variant's representation as one expression, no local of the expansion's own:
    /// a constant of the same name in the user's module would turn a `let` into a pattern.
    fn problem_arm<'a>(&mut self, variant: &'a Variant, direct: &Direct) -> Arm<'a> {
        let p = self.p.clone();
        let members = &direct.members;
        let (status, status_member) = self.status_of(direct);
        let (text, text_key) = self.text(direct);
        let mut problem = match (&members.title, &members.problem_type) {
            (Some(title), None) => quote!(#p::problem(#status, #title, #text)),
            (Some(title), Some(uri)) => quote!(#p::typed_problem(#status, #title, #uri, #text)),
            // The status's phrase, from the status read once, so that a field of the wrong type
            // is reported once.
            (None, None) => quote!(#p::with_detail(#p::problem_of(#status), #text)),
            (None, Some(uri)) => quote! {
                #p::with_detail(#p::problem_of(#status).with_problem_type(#uri), #text)
            },
        };
        if let Some(FieldRef { member, ty }) = &members.instance {
            let local = fmt::local(member, *ty);
            problem = quote_spanned!(*ty=> #p::instance(#problem, #local));
        }
        for extension in &members.extensions {
            let FieldRef { member, ty } = &extension.field;
            let local = fmt::local(member, *ty);
            let name = &extension.name;
            problem = quote_spanned!(*ty=> #p::extension(#problem, #name, #local));
        }
        let key = match (&direct.status, text_key) {
            (Status::Fixed(code), Some(text)) if members.is_plain() => Some(format!(
                "{code} {text} {:?} {:?}",
                members.title, members.problem_type
            )),
            _ => None,
        };
        let bound = body_members(direct)
            .chain(status_member)
            .chain(members.instance.iter().map(|field| &field.member))
            .chain(members.extensions.iter().map(|ext| &ext.field.member));
        Arm {
            cfgs: &variant.cfgs,
            pat: pattern(variant, bound),
            body: problem,
            key,
        }
    }
}

/// Arms sharing one body.
struct Group<'a> {
    cfgs: &'a [&'a syn::Attribute],
    pats: Vec<TokenStream>,
    body: TokenStream,
    key: Option<String>,
}

/// A `match self` of `arms`: arms of one key share one arm, the largest such group as `_`; a
/// `match` of one group is its body alone.
fn matched(arms: Vec<Arm>) -> TokenStream {
    if arms.is_empty() {
        return quote!(match *self {});
    }
    // Groups in the order of their first arm.
    let mut groups: Vec<Group> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for arm in arms {
        let key = arm.key.filter(|_| arm.cfgs.is_empty());
        if let Some(at) = key.as_ref().and_then(|key| index.get(key)) {
            groups[*at].pats.push(arm.pat);
            continue;
        }
        if let Some(key) = &key {
            index.insert(key.clone(), groups.len());
        }
        groups.push(Group {
            cfgs: arm.cfgs,
            pats: vec![arm.pat],
            body: arm.body,
            key,
        });
    }
    // The largest group of two or more arms becomes the `_` arm, the last one.
    let wildcard = groups
        .iter()
        .enumerate()
        .filter(|(_, group)| group.key.is_some() && group.pats.len() > 1)
        .max_by_key(|(at, group)| (group.pats.len(), std::cmp::Reverse(*at)))
        .map(|(at, _)| at);
    let mut wildcard_body = None;
    if let Some(at) = wildcard {
        let body = groups.remove(at).body;
        if groups.is_empty() {
            return body;
        }
        wildcard_body = Some(quote!(_ => #body,));
    } else if let [group] = groups.as_slice() {
        if group.key.is_some() && group.cfgs.is_empty() {
            return group.body.clone();
        }
    }
    let arms = groups.into_iter().map(
        |Group {
             cfgs, pats, body, ..
         }| { quote!(#(#cfgs)* #(#pats)|* => #body,) },
    );
    quote! {
        match self {
            #(#arms)*
            #wildcard_body
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
