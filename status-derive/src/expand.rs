//! Code generation. Everything here may assume a checked plan: nothing is validated again.

use crate::ast::{Input, Variant};
use crate::attr::BodyFormat;
use crate::bound;
use crate::ctxt::Ctxt;
use crate::fallback::fallback;
use crate::fmt::{self, Message};
use crate::fnv;
use crate::impls;
use crate::json;
use crate::key::FieldTrait;
use crate::openapi;
use crate::prefix::Prefix;
use crate::rules::{self, PROBLEM_JSON, TEXT_PLAIN};
use crate::valid::{self, Body, Direct, FieldHeader, FieldRef, Plan, Status};
use proc_macro2::{Delimiter, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens, TokenStreamExt};
use syn::{DeriveInput, Ident, Member};

pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match crate::input::parse(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    let cx = Ctxt::default();
    let model = Input::from_syn(&cx, &input);
    let krate = Prefix::krate(model.as_ref().and_then(|model| model.krate.as_ref()));
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

/// Generates the impl of one type; owns the path to status-core.
struct Expander {
    krate: Prefix,
    /// `#krate::__private`, written out at each use. An alias for it would need a block around
    /// the impl, a `const _` that `cargo check` evaluates (0.2M instructions a derive,
    /// scripts/expansion-cost.sh); only a problem+json head, which names it in every arm,
    /// aliases it, in its body.
    p: Prefix,
    /// The `Content-Type` of every response, as a `&'static str` expression.
    content_type: TokenStream,
    /// The format that renders the representation; `None` for text, whose bodies are written
    /// directly.
    format: Option<TokenStream>,
    /// How patterns name the variants.
    paths: Paths,
}

impl Expander {
    fn new(krate: &Prefix, input: &Input) -> Self {
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
            p: krate.join("__private"),
            content_type,
            format,
            paths: Paths {
                ty: input.original.ident.clone(),
                glob: false,
                rest: proc_macro2::Group::new(Delimiter::Brace, quote!(..)),
            },
        }
    }

    fn expand(mut self, input: &Input, variants: &[(&Variant, Plan)]) -> TokenStream {
        let original = input.original;
        let krate = self.krate.clone();
        let p = self.p.clone();
        let ident = &original.ident;
        let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();
        let where_clause =
            bound::with_bounds(where_clause, &bound::bounds(input, variants, &krate));
        let sink = bound::fresh_param(&original.generics, "__S");
        self.paths.glob = matches!(original.data, syn::Data::Enum(_)) && !written_args(variants);

        let (head, body, problem) = match (&input.format, self.format.clone()) {
            (BodyFormat::ProblemJson, _) => {
                // The object is written at once from the variant's fields, and the
                // representation is that object read back. Each arm names `__private`: the
                // head does so through an alias, whose `use` costs less than the path's tokens
                // in every arm (3.7M instructions of the 510M check of a 300-variant enum,
                // scripts/expansion-cost.sh).
                let alias = Prefix::ident("__status_core");
                let path = std::mem::replace(&mut self.p, alias.clone());
                let arms = self.json(variants);
                self.p = path;
                (
                    quote!(use #p as #alias; #arms),
                    quote!(#p::body(self)),
                    Some(quote!(#p::parsed(self))),
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
        // Where the representation is the trait's default, the impl leaves it out: a method
        // less to check (1M instructions, scripts/expansion-cost.sh).
        let problem = problem.map(|problem| {
            quote! {
                fn problem(&self) -> #krate::Problem {
                    #problem
                }
            }
        });
        let status = self.status(variants);
        let (write_headers, write) = self.write_method(variants, &sink);
        let checks = self.format_check(input);
        let conversions = impls::conversions(original, &input.opt_outs, &krate);
        let openapi = openapi::responses(input, variants, &krate);
        let warnings = warnings(variants);

        quote! {
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
                    #write_headers
                }

                #[inline]
                fn body(&self) -> #p::String {
                    #body
                }

                #problem

                #[inline]
                fn __head(&self) -> (#p::http::StatusCode, #p::Text) {
                    #head
                }

                #write
            }

            #conversions
            #openapi
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

    /// A checked line written into `__headers`: the first of its name replaces, the next ones
    /// append. Its value is checked where it is used, as a hand-written response does: a
    /// `const` item of a `HeaderValue` costs the compiler an evaluation that measured more than
    /// the whole arm (scripts/macro-cost.sh).
    fn line(&self, name: &str, value: &str, append: bool) -> TokenStream {
        let p = &self.p;
        quote!(#p::line(__headers, #name, #value, #append);)
    }

    /// The `Content-Type` line of every response.
    fn content_type_line(&self) -> TokenStream {
        let p = &self.p;
        let value = &self.content_type;
        quote!(#p::content_type(__headers, #value);)
    }

    /// A direct variant's status code, a `u16` expression, and the field it reads, if it is
    /// dynamic.
    fn code_of<'d>(&self, direct: &'d Direct) -> (TokenStream, Option<&'d Member>) {
        match &direct.status {
            Status::Fixed(code) => (Literal::u16_suffixed(*code).into_token_stream(), None),
            Status::Dynamic(field) => {
                let status = self.read_status(field);
                (quote!(#status.as_u16()), Some(&field.member))
            }
        }
    }

    /// The status a dynamic variant reads from its field.
    fn read_status(&self, FieldRef { member, ty }: &FieldRef) -> TokenStream {
        let krate = &self.krate;
        let local = fmt::local(member, *ty);
        quote_spanned!(*ty=> #krate::ErrorStatus::status(*#local))
    }

    /// `status`. Where a variant's head allocates nothing (a static body, a text type), the
    /// status is the head's: those variants share the arm that reads it. The others
    /// (formatted, `Display` and rendered bodies, transparent variants) have an arm with the
    /// status alone, its code, variants of one status sharing it.
    fn status(&self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let text = self.format.is_none();
        let mut arms = Match::default();
        for (variant, plan) in variants {
            match plan {
                Plan::Transparent { member, .. } => {
                    let field = variant.local(member);
                    let body = quote!(#krate::HttpStatusError::status(#field));
                    arms.arm(variant, vec![member], body);
                }
                Plan::Direct(direct) if text && !allocates(direct) => {
                    arms.keyed(
                        variant,
                        "head",
                        || quote!(#krate::HttpStatusError::__head(self).0),
                    );
                }
                Plan::Direct(direct) => match &direct.status {
                    Status::Fixed(code) => {
                        arms.keyed(variant, &format!("s{code}"), || Arm::Code(*code, None));
                    }
                    Status::Dynamic(field) => {
                        let status = self.read_status(field);
                        arms.arm(variant, vec![&field.member], status);
                    }
                },
            }
        }
        arms.finish_status(&self.paths, &self.p)
    }

    /// The body of `write_headers`, and `__write`, or, where every response's only line is the
    /// content type, `__content_type`, which the trait's `__write` writes: a method that is not
    /// generic costs `cargo check` less (0.5M instructions of a 50-variant enum,
    /// scripts/expansion-cost.sh). `write_headers` then writes the line itself, never through
    /// the trait's `__write`, which calls `write_headers` where there is no content type.
    fn write_method(
        &self,
        variants: &[(&Variant, Plan)],
        sink: &Ident,
    ) -> (TokenStream, TokenStream) {
        let krate = &self.krate;
        let p = &self.p;
        let bare = !variants.is_empty()
            && variants.iter().all(|(_, plan)| match plan {
                Plan::Direct(direct) => direct.headers.is_empty() && direct.fields.is_empty(),
                Plan::Transparent { .. } => false,
            });
        if bare {
            let value = &self.content_type;
            let method = quote! {
                #[inline]
                fn __content_type(&self) -> &'static str {
                    #value
                }
            };
            return (self.content_type_line(), method);
        }
        let write = self.write(variants);
        let method = quote! {
            // Inlined into the function that builds the response, which a hand-written
            // response is in one piece: the call cost 1-2% of a conversion's instructions
            // (scripts/count.sh).
            #[inline(always)]
            fn __write<#sink: #p::Sink>(&self, __headers: &mut #sink) {
                #write
            }
        };
        (
            quote!(#krate::HttpStatusError::__write(self, __headers);),
            method,
        )
    }

    /// `__write`: each variant's lines, the content type first. Without a transparent variant,
    /// which leaves the content type to its field, the content type is written before the
    /// `match`, and the variants without other lines need no arm.
    fn write(&self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let hoisted = !variants
            .iter()
            .any(|(_, plan)| matches!(plan, Plan::Transparent { .. }));
        let mut arms = Match::default();
        for (variant, plan) in variants {
            match plan {
                Plan::Transparent { member, message } => {
                    let field = variant.local(member);
                    // The inner error's lines; then the content type of the body this type
                    // writes, where that is not the inner error's own.
                    let body = if message.is_some() || self.format.is_some() {
                        let content_type = self.content_type_line();
                        quote!({
                            #krate::HttpStatusError::__write(#field, __headers);
                            #content_type
                        })
                    } else {
                        quote!(#krate::HttpStatusError::__write(#field, __headers))
                    };
                    arms.arm(variant, vec![member], body);
                }
                Plan::Direct(direct) => self.lines(&mut arms, variant, direct, hoisted),
            }
        }
        let prelude = (hoisted && !variants.is_empty()).then(|| self.content_type_line());
        let lines = arms.finish(&self.paths, &self.p);
        quote!(#prelude #lines)
    }

    /// A direct variant's lines: the checked ones, then those from its fields.
    fn lines<'a>(
        &self,
        arms: &mut Match<'a>,
        variant: &'a Variant,
        direct: &'a Direct,
        hoisted: bool,
    ) {
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
        let count = direct.headers.len() + direct.fields.len() + 1;
        let mut key = String::new();
        // A HeaderMap's first insert makes room for 6 lines; reserving fewer is slower than
        // letting it (a smaller, fuller table, and one more call): measured by
        // benches/response.rs.
        let reserve = count > FIRST_ALLOCATION;
        if reserve {
            key.push_str(&count.to_string());
        }
        if !hoisted {
            key.push_str("ct;");
        }
        let mut statics = Vec::new();
        for line in &direct.headers {
            let append = !first(line.name.as_str());
            statics.push((line, append));
            key.extend([
                if append { "+" } else { "=" },
                &line.name,
                ":",
                &line.value,
                ";",
            ]);
        }
        let checked = |this: &Self| {
            let mut calls = Vec::new();
            if reserve {
                calls.push(quote!(#p::reserve(__headers, #count);));
            }
            if !hoisted {
                calls.push(this.content_type_line());
            }
            for (line, append) in &statics {
                calls.push(this.line(&line.name, &line.value, *append));
            }
            calls
        };
        if direct.fields.is_empty() {
            if key.is_empty() {
                // Nothing beyond the content type written before the `match`.
                arms.keyed(variant, "", || quote!({}));
            } else {
                arms.keyed(variant, &key, || {
                    let calls = checked(self);
                    quote!({ #(#calls)* })
                });
            }
            return;
        }
        // Variants whose fields are of the same types and write the same lines share one arm,
        // their patterns joined with `|`: every alternative binds its fields with the spans of
        // the first one's, so that they bind the same names, and a type without the trait a
        // call asks is reported at the first one's field.
        let shared = variant.cfgs.is_empty();
        let replaces: Vec<bool> = direct
            .fields
            .iter()
            .map(|field| first(&field.header))
            .collect();
        let members: Vec<&Member> = direct.fields.iter().map(|field| &field.member).collect();
        if shared {
            for (field, replace) in direct.fields.iter().zip(&replaces) {
                let ty = variant
                    .fields
                    .iter()
                    .find(|known| known.member == field.member)
                    .map(|known| known.ty);
                key.extend([
                    "|",
                    &member_key(&field.member),
                    ":",
                    &field.header,
                    if field.required { "!" } else { "" },
                    if *replace { "=" } else { "+" },
                    &type_key(ty),
                ]);
            }
            if arms.join(variant, &key, &members) {
                return;
            }
        }
        let mut calls = checked(self);
        for (field, replace) in direct.fields.iter().zip(replaces) {
            calls.push(self.field_line(field, replace));
        }
        let body = quote!({ #(#calls)* });
        if shared {
            let spans = direct.fields.iter().map(|field| field.ty).collect();
            arms.shared(variant, &key, members, spans, body);
        } else {
            arms.arm(variant, members, body);
        }
    }

    /// The call writing a header from a field, spanned at the field's type: a type that cannot
    /// supply the header is reported there.
    fn field_line(&self, field: &FieldHeader, replace: bool) -> TokenStream {
        let p = &self.p;
        let ty = field.ty;
        let ident = fmt::local(&field.member, ty);
        let mut local = quote!(#ident);
        // A field that alone answers a MUST rule must be of a type that is never empty.
        local = match (field.required, field.via) {
            (true, FieldTrait::Challenge) => quote_spanned!(ty=> #p::required_challenges(#local)),
            (true, FieldTrait::Allow) => quote_spanned!(ty=> #p::required_allow(#local)),
            _ => local,
        };
        let call = match (field.via, field.header.as_str()) {
            (FieldTrait::Challenge, "proxy-authenticate") => {
                quote_spanned!(ty=> #p::proxy_authenticate(__headers, #local, #replace))
            }
            (FieldTrait::Challenge, _) => {
                quote_spanned!(ty=> #p::www_authenticate(__headers, #local, #replace))
            }
            (FieldTrait::Other, header) => {
                quote_spanned!(ty=> #p::other(__headers, #header, #local, #replace))
            }
            (FieldTrait::Allow, _) => quote_spanned!(ty=> #p::allow(__headers, #local)),
            (FieldTrait::RetryAfter, _) => quote_spanned!(ty=> #p::retry_after(__headers, #local)),
            (FieldTrait::ContentRange, _) => {
                quote_spanned!(ty=> #p::content_range(__headers, #local))
            }
        };
        quote!(#call;)
    }

    /// `__head` of a text type: each variant's status and body in one arm.
    fn head(&self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let mut arms = Match::default();
        for (variant, plan) in variants {
            match plan {
                Plan::Transparent { member, message } => {
                    let field = variant.local(member);
                    let members = transparent_members(member, message.as_ref());
                    let body = match message {
                        None => quote!(#krate::HttpStatusError::__head(#field)),
                        Some(message) => {
                            let text = self.message_text(message);
                            quote!((#krate::HttpStatusError::status(#field), #text))
                        }
                    };
                    arms.arm(variant, members, body);
                }
                Plan::Direct(direct) => {
                    if let (Status::Fixed(code), Body::Message(Message::Static(text))) =
                        (&direct.status, &direct.body)
                    {
                        // The most common arm, written in one go; a message is seldom
                        // another variant's, and not worth a key.
                        arms.arm(variant, Vec::new(), Arm::Static(*code, text.clone()));
                        continue;
                    }
                    let (text, text_key) = self.text(direct);
                    let members = body_members(direct);
                    match (&direct.status, text_key) {
                        (Status::Fixed(code), Some(key)) => {
                            // A title body, or the Display text: often shared.
                            let key = format!("{code} {key}");
                            arms.keyed(variant, &key, || Arm::Code(*code, Some(text)));
                        }
                        (Status::Fixed(code), None) => {
                            arms.arm(variant, members.collect(), Arm::Code(*code, Some(text)));
                        }
                        (Status::Dynamic(field), _) => {
                            let status = self.read_status(field);
                            let members = members.chain([&field.member]).collect();
                            arms.arm(variant, members, quote!((#status, #text)));
                        }
                    }
                }
            }
        }
        arms.finish_head(&self.paths, &self.p)
    }

    /// `__head` of a problem+json type: each variant's object, written at once.
    fn json(&self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let krate = self.krate.clone();
        let p = self.p.clone();
        let mut arms = Match::default();
        for (variant, plan) in variants {
            match plan {
                Plan::Transparent { member, message } => {
                    let (members, problem) =
                        self.delegated_problem(variant, member, message.as_ref());
                    let body =
                        quote!(#p::rendered_problem::<#krate::format::ProblemJson>(&#problem));
                    arms.arm(variant, members, body);
                }
                Plan::Direct(direct) => self.json_arm(&mut arms, variant, direct),
            }
        }
        arms.finish_head(&self.paths, &self.p)
    }

    /// A direct variant's problem details object. Where the status is fixed, the members known
    /// at compile time (type, title, status, a static detail) are written here as one JSON
    /// text: an object without a field is that text alone, and the others hand the fields over
    /// to be written after it.
    fn json_arm<'a>(&self, arms: &mut Match<'a>, variant: &'a Variant, direct: &'a Direct) {
        let p = self.p.clone();
        let members = &direct.members;
        let (Status::Fixed(code), Some(title)) = (&direct.status, &members.title) else {
            return self.full_json_arm(arms, variant, direct);
        };
        let status = Literal::u16_suffixed(*code);
        let mut head = String::from("{");
        if let Some(uri) = &members.problem_type {
            head.push_str("\"type\":");
            json::string(&mut head, uri);
            head.push(',');
        }
        head.push_str("\"title\":");
        json::string(&mut head, title);
        head.push_str(",\"status\":");
        head.push_str(&code.to_string());
        // The members written at run time, in the object's order: a key as JSON text, and the
        // value, which is text to show (a detail, an instance) or an extension member.
        let mut entries: Vec<(String, Entry)> = Vec::new();
        let mut text_key = None;
        match &direct.body {
            Body::Message(Message::Static(text)) => {
                head.push_str(",\"detail\":");
                json::string(&mut head, text);
            }
            Body::Title => {}
            Body::Message(Message::Format { lit, args, extra }) => {
                let format = self.format_args(lit, args, extra);
                entries.push((",\"detail\":".to_owned(), Entry::Shown(format)));
            }
            Body::Display(_) => {
                let (text, key) = self.text(direct);
                text_key = key;
                entries.push((",\"detail\":".to_owned(), Entry::Shown(text)));
            }
        }
        if let Some(FieldRef { member, ty }) = &members.instance {
            let local = fmt::local(member, *ty);
            let value = quote_spanned!(*ty=> &#p::Shown(#local));
            entries.push((",\"instance\":".to_owned(), Entry::Value(value)));
        }
        for extension in &members.extensions {
            let FieldRef { member, ty } = &extension.field;
            let local = fmt::local(member, *ty);
            let value = quote_spanned!(*ty=> #local);
            entries.push((json::key(&extension.name), Entry::Value(value)));
        }
        // The first member's key ends the static text; a call for each common count.
        let body = match entries.as_slice() {
            [] => {
                head.push('}');
                Arm::Static(*code, head.clone())
            }
            [(key, Entry::Shown(detail))] => {
                head.push_str(key);
                quote!(#p::detailed(#status, #head, #detail)).into()
            }
            [(key, Entry::Shown(detail)), (next, Entry::Value(value))] => {
                head.push_str(key);
                quote!(#p::detailed1(#status, #head, #detail, #next, #value)).into()
            }
            [(key, Entry::Value(value))] => {
                let mark = head.len();
                head.push_str(key);
                quote!(#p::object1(#status, #head, #mark, #value)).into()
            }
            entries => {
                let entries = entries.iter().map(|(key, entry)| match entry {
                    Entry::Shown(text) => quote!((#key, &#p::Shown(#text))),
                    Entry::Value(value) => quote!((#key, #p::member(#value))),
                });
                quote!(#p::object_n(#status, #head, &[#(#entries),*])).into()
            }
        };
        let bound: Vec<_> = body_members(direct)
            .chain(members.instance.iter().map(|field| &field.member))
            .chain(members.extensions.iter().map(|ext| &ext.field.member))
            .collect();
        if entries.is_empty() || (text_key.is_some() && bound.is_empty()) {
            // The same object as another variant's, static or a `Display` text's: one arm
            // for both.
            let key = format!("json {head} {}", text_key.unwrap_or_default());
            arms.keyed(variant, &key, || body);
        } else {
            arms.arm(variant, bound, body);
        }
    }

    /// The problem details object of a variant whose status is chosen at run time, or has no
    /// title of its own: every member written at run time.
    fn full_json_arm<'a>(&self, arms: &mut Match<'a>, variant: &'a Variant, direct: &'a Direct) {
        let p = self.p.clone();
        let members = &direct.members;
        let (status, status_member) = self.code_of(direct);
        let (text, _) = self.text(direct);
        let option = |value: Option<TokenStream>| {
            value.map_or_else(|| quote!(#p::None), |value| quote!(#p::Some(#value)))
        };
        let title = option(members.title.as_ref().map(|title| quote!(#title)));
        let uri = option(members.problem_type.as_ref().map(|uri| quote!(#uri)));
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
        let body = quote!(#p::full_json(
            #status, #title, #uri, #text, #instance, &[#(#extensions),*]
        ));
        let bound = body_members(direct)
            .chain(status_member)
            .chain(members.instance.iter().map(|field| &field.member))
            .chain(members.extensions.iter().map(|ext| &ext.field.member))
            .collect();
        arms.arm(variant, bound, body);
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

    /// A transparent variant's bindings and its representation: its field's, with the
    /// variant's message as the detail where it has one.
    fn delegated_problem<'a>(
        &self,
        variant: &Variant,
        member: &'a Member,
        message: Option<&'a Message>,
    ) -> (Vec<&'a Member>, TokenStream) {
        let (krate, p) = (&self.krate, &self.p);
        let field = variant.local(member);
        let problem = quote!(#krate::HttpStatusError::problem(#field));
        let problem = match message {
            None => problem,
            Some(message) => {
                let text = self.message_text(message);
                quote!(#p::with_detail(#problem, #text))
            }
        };
        (transparent_members(member, message), problem)
    }

    /// A message as a `__private::Text`: a static one handed over without a copy.
    fn message_text(&self, message: &Message) -> TokenStream {
        let p = &self.p;
        match message {
            Message::Static(text) => quote!(#p::Text::Static(#text)),
            Message::Format { lit, args, extra } => {
                let format = self.format_args(lit, args, extra);
                quote!(#p::Text::Owned(#p::fmt(#format)))
            }
        }
    }

    /// A formatted message's `format_args!`, its fields passed by name.
    fn format_args(
        &self,
        lit: &syn::LitStr,
        args: &[fmt::Arg],
        extra: &[TokenStream],
    ) -> TokenStream {
        let p = &self.p;
        let args = args.iter().filter(|arg| arg.placeholder).map(|arg| {
            let name = &arg.name;
            let local = fmt::local(&arg.member, arg.ty);
            quote!(#name = #local)
        });
        quote!(#p::core::format_args!(#lit, #(#extra,)* #(#args),*))
    }

    /// `problem`. A text type whose variants have no member beyond the title reuses its head:
    /// the body is the detail, and an arm says only a title that is not the status's phrase;
    /// `None` where no variant has such a title, which is the trait's default.
    fn problem(&self, variants: &[(&Variant, Plan)]) -> Option<TokenStream> {
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
            return Some(self.problem_arms(variants));
        }
        let p = self.p.clone();
        let mut arms = Match::default();
        let mut any_title = false;
        for (variant, plan) in variants {
            match plan {
                Plan::Transparent { member, message } => {
                    let (members, problem) =
                        self.delegated_problem(variant, member, message.as_ref());
                    any_title = true;
                    arms.arm(variant, members, quote!(return #problem));
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
                    match title {
                        None => arms.keyed(variant, "none", || quote!(#p::None)),
                        Some(title) => {
                            let key = format!("title {title}");
                            arms.keyed(variant, &key, || quote!(#p::Some(#title)));
                        }
                    }
                }
            }
        }
        // Without a title of its own anywhere, the representation is the trait's default.
        any_title.then(|| {
            let titles = arms.finish(&self.paths, &self.p);
            quote!(#p::text_problem(self, #titles))
        })
    }

    /// `problem` with an arm per variant building its whole representation.
    fn problem_arms(&self, variants: &[(&Variant, Plan)]) -> TokenStream {
        let mut arms = Match::default();
        for (variant, plan) in variants {
            match plan {
                Plan::Transparent { member, message } => {
                    let (members, problem) =
                        self.delegated_problem(variant, member, message.as_ref());
                    arms.arm(variant, members, problem);
                }
                Plan::Direct(direct) => self.problem_arm(&mut arms, variant, direct),
            }
        }
        arms.finish(&self.paths, &self.p)
    }

    /// A direct variant's representation as one expression, no local of the expansion's own:
    /// a constant of the same name in the user's module would turn a `let` into a pattern.
    fn problem_arm<'a>(&self, arms: &mut Match<'a>, variant: &'a Variant, direct: &'a Direct) {
        let p = self.p.clone();
        let members = &direct.members;
        let (status, status_member) = self.code_of(direct);
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
        match (&direct.status, text_key) {
            (Status::Fixed(code), Some(text)) if members.is_plain() => {
                let key = format!(
                    "{code} {text} {:?} {:?}",
                    members.title, members.problem_type
                );
                arms.keyed(variant, &key, || problem);
            }
            _ => {
                let bound = body_members(direct)
                    .chain(status_member)
                    .chain(members.instance.iter().map(|field| &field.member))
                    .chain(members.extensions.iter().map(|ext| &ext.field.member))
                    .collect();
                arms.arm(variant, bound, problem);
            }
        }
    }
}

/// A problem details member written at run time: a text shown as a JSON string (a detail made
/// at run time), or a value serialized (an extension member, an instance already shown).
enum Entry {
    Shown(TokenStream),
    Value(TokenStream),
}

/// Whether a direct variant's head allocates: a formatted or `Display` body.
fn allocates(direct: &Direct) -> bool {
    matches!(
        direct.body,
        Body::Message(Message::Format { .. }) | Body::Display(_)
    )
}

/// The arms of a generated `match self`, gathered variant by variant. Variants of one key share
/// one arm, their patterns joined with `|`, and the largest such group is the `_` arm; a
/// pattern is made only where it is written, and a body once per key.
#[derive(Default)]
struct Match<'a> {
    groups: Vec<Group<'a>>,
    keys: fnv::Map<String, usize>,
}

/// How a pattern names a variant: by the type's name (`ApiError::NotFound`), which the compiler
/// resolves by name where `Self::NotFound` is resolved through the type at each use (8.8M of
/// the 144M check of a 300-variant enum's expansion with static headers, scripts/
/// expansion-cost.sh); and a variant without fields or brackets by its path alone.
///
/// Where the arms hold no expression of the author's, the variants are brought into the
/// `match`'s scope with `use ApiError::*` and named alone: three tokens less a pattern, each
/// of which crosses the bridge and is parsed again, and a name the compiler resolves in one
/// step (3.9M of the 187M check of a 300-variant enum with static headers, scripts/
/// macro-cost.sh). A message's written argument could name something the variants' names would
/// then hide.
struct Paths {
    /// The type's name. (A generic parameter of the same name is no concern: no impl of the
    /// type could name it.)
    ty: Ident,
    /// Whether the variants are named alone, imported by the `match`.
    glob: bool,
    /// `{ .. }`, made once, where a pattern binds nothing: a group costs a call across the
    /// bridge to make.
    rest: proc_macro2::Group,
}

/// What an arm gives.
///
/// A status the derive checked is written as its code, a `u16` literal, and made a
/// `StatusCode` once after the `match` (`__private::status_at`), where the compiler folds it
/// back into a constant. A `const` item of a `StatusCode` costs `cargo check` an evaluation
/// (0.4M instructions each, 2M of the 70M check of 50 unit variants with five statuses,
/// scripts/expansion-cost.sh); a literal costs none.
enum Arm {
    /// An expression of the type of the `match`; returned where other arms give a code.
    Whole(TokenStream),
    /// A checked status, and the `__private::Text` that goes with it in a head.
    Code(u16, Option<TokenStream>),
    /// A checked status and a static text, whose `Text` a head makes after the `match`.
    Static(u16, String),
}

impl From<TokenStream> for Arm {
    fn from(body: TokenStream) -> Self {
        Arm::Whole(body)
    }
}

/// How [`Match::finish`] writes the arms' bodies.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// Every arm gives its body.
    Plain,
    /// Codes (and static texts) are given; whole bodies are returned.
    Codes,
    /// As `Codes`, with static texts given bare (`(code, "text")`), and the other codes' heads
    /// returned, their status made in the arm (see [`Match::finish_head`]).
    Split,
}

/// Variants sharing one arm.
struct Group<'a> {
    cfgs: &'a [&'a syn::Attribute],
    /// Each variant with the fields its arm binds.
    variants: Vec<(&'a Variant<'a>, Vec<&'a Member>)>,
    body: Arm,
    keyed: bool,
    /// The spans every alternative's bindings carry, the first one's, as the alternatives of a
    /// shared arm must.
    shared: Option<Vec<Span>>,
}

impl Group<'_> {
    /// `=> body,`.
    fn write_arrow_body(&self, form: Form, p: &Prefix, out: &mut TokenStream) {
        out.append(Punct::new('=', Spacing::Joint));
        out.append(Punct::new('>', Spacing::Alone));
        self.write_body(form, p, out);
        out.append(Punct::new(',', Spacing::Alone));
    }

    fn write_body(&self, form: Form, p: &Prefix, out: &mut TokenStream) {
        match &self.body {
            Arm::Whole(body) => {
                if form != Form::Plain {
                    out.append(Ident::new("return", Span::call_site()));
                }
                out.extend(std::iter::once(body.clone()));
            }
            Arm::Code(code, None) => out.append(Literal::u16_suffixed(*code)),
            Arm::Code(code, Some(text)) => {
                let mut pair = TokenStream::new();
                if form == Form::Split {
                    out.append(Ident::new("return", Span::call_site()));
                    pair.extend(quote!(#p::status_at));
                    let literal = TokenTree::Literal(Literal::u16_suffixed(*code));
                    let argument = TokenStream::from(literal);
                    pair.append(proc_macro2::Group::new(Delimiter::Parenthesis, argument));
                } else {
                    pair.append(Literal::u16_suffixed(*code));
                }
                pair.append(Punct::new(',', Spacing::Alone));
                pair.extend(std::iter::once(text.clone()));
                out.append(proc_macro2::Group::new(Delimiter::Parenthesis, pair));
            }
            Arm::Static(code, text) => {
                let mut pair = TokenStream::new();
                pair.append(Literal::u16_suffixed(*code));
                pair.append(Punct::new(',', Spacing::Alone));
                if form == Form::Split {
                    pair.append(Literal::string(text));
                } else {
                    pair.extend(quote!(#p::Text::Static(#text)));
                }
                out.append(proc_macro2::Group::new(Delimiter::Parenthesis, pair));
            }
        }
    }
}

impl<'a> Match<'a> {
    /// An arm of its own, binding `members`.
    fn arm(&mut self, variant: &'a Variant, members: Vec<&'a Member>, body: impl Into<Arm>) {
        self.push(Group {
            cfgs: &variant.cfgs,
            variants: vec![(variant, members)],
            body: body.into(),
            keyed: false,
            shared: None,
        });
    }

    fn push(&mut self, group: Group<'a>) {
        self.groups.push(group);
    }

    /// Adds `variant` to the shared arm of `key`, if there is one.
    fn join(&mut self, variant: &'a Variant, key: &str, members: &[&'a Member]) -> bool {
        let Some(&at) = self.keys.get(key) else {
            return false;
        };
        self.groups[at].variants.push((variant, members.to_vec()));
        true
    }

    /// An arm binding `members` with one span, shared by the variants of `key` (see
    /// [`Self::join`]), whose bindings have the same names and types.
    fn shared(
        &mut self,
        variant: &'a Variant,
        key: &str,
        members: Vec<&'a Member>,
        spans: Vec<Span>,
        body: impl Into<Arm>,
    ) {
        self.keys.insert(key.to_owned(), self.groups.len());
        self.push(Group {
            cfgs: &variant.cfgs,
            variants: vec![(variant, members)],
            body: body.into(),
            keyed: false,
            shared: Some(spans),
        });
    }

    /// An arm binding nothing, shared by the variants of `key`; `body` is made for the first.
    /// A `#[cfg]`'d variant has an arm of its own, as a `|` alternative cannot carry its cfg.
    fn keyed<B: Into<Arm>>(&mut self, variant: &'a Variant, key: &str, body: impl FnOnce() -> B) {
        if !variant.cfgs.is_empty() {
            self.push(Group {
                cfgs: &variant.cfgs,
                variants: vec![(variant, Vec::new())],
                body: body().into(),
                keyed: false,
                shared: None,
            });
            return;
        }
        if self.join(variant, key, &[]) {
            return;
        }
        self.keys.insert(key.to_owned(), self.groups.len());
        self.push(Group {
            cfgs: &[],
            variants: vec![(variant, Vec::new())],
            body: body().into(),
            keyed: true,
            shared: None,
        });
    }

    /// A `StatusCode` `match`: where arms give codes, the `match` is made a status once.
    fn finish_status(self, paths: &Paths, p: &Prefix) -> TokenStream {
        let codes = self
            .groups
            .iter()
            .any(|group| !matches!(group.body, Arm::Whole(_)));
        if !codes {
            return self.finish(paths, p);
        }
        let arms = self.write(paths, Form::Codes, p);
        quote!(#p::status_at(#arms))
    }

    /// `__head`'s `match`. Where a quarter or more of the arms are a status and a static
    /// text, those arms give the two alone and the `__private::Text` is made once after the
    /// `match`; the other arms return theirs. An arm that makes the `Text` itself costs the
    /// compiler a call to check and lower (56K instructions; 2.8M of 23M for 50 unit variants,
    /// scripts/expansion-cost.sh), a `return` about a third of that (4.6M more for 300
    /// problem+json variants, a quarter of them static, in 75 arms of their own).
    ///
    /// A returned head with a checked status makes its status in the arm: breaking out of a
    /// block to the one `status_at` instead cost 47K instructions less per arm, and 5 more per
    /// conversion at run time, where the block's result joined the static arms' (scripts/
    /// count.sh).
    fn finish_head(self, paths: &Paths, p: &Prefix) -> TokenStream {
        let count =
            |kind: fn(&Arm) -> bool| self.groups.iter().filter(|group| kind(&group.body)).count();
        let texts = count(|arm| matches!(arm, Arm::Static(..)));
        if texts + count(|arm| matches!(arm, Arm::Code(..))) == 0 {
            return self.finish(paths, p);
        }
        if texts == 0 || texts * 3 < self.groups.len() - texts {
            let arms = self.write(paths, Form::Codes, p);
            return quote! {
                let (__code, __text) = #arms;
                (#p::status_at(__code), __text)
            };
        }
        let arms = self.write(paths, Form::Split, p);
        quote! {
            let (__code, __text) = #arms;
            (#p::status_at(__code), #p::Text::Static(__text))
        }
    }

    /// The `match`; a `match` of one group is its body alone.
    fn finish(self, paths: &Paths, p: &Prefix) -> TokenStream {
        self.write(paths, Form::Plain, p)
    }

    /// The `match`, its bodies written in `form`.
    fn write(mut self, paths: &Paths, form: Form, p: &Prefix) -> TokenStream {
        if self.groups.is_empty() {
            return quote!(match *self {});
        }
        // The largest group of two or more variants becomes the `_` arm, the last one.
        let wildcard = self
            .groups
            .iter()
            .enumerate()
            .filter(|(_, group)| group.keyed && group.variants.len() > 1)
            .max_by_key(|(at, group)| (group.variants.len(), std::cmp::Reverse(*at)))
            .map(|(at, _)| at);
        let last = wildcard.map(|at| self.groups.remove(at));
        let alone = match (&last, self.groups.as_slice()) {
            (Some(_), []) => last.as_ref(),
            (None, [group]) if group.keyed => Some(group),
            _ => None,
        };
        if let Some(group) = alone {
            // The body alone: no `match`, and nothing to return from. A static text stays bare
            // for the head to make its `Text`.
            let form = if form == Form::Split {
                form
            } else {
                Form::Plain
            };
            let mut body = TokenStream::new();
            group.write_body(form, p, &mut body);
            return body;
        }
        // The arms are written into one stream, token by token: each stream interpolated
        // into another costs calls across the compiler's proc-macro bridge (writing them so
        // took 10M instructions off the 86M of the derive's run on a 300-variant enum with
        // static headers, scripts/expansion-cost.sh).
        let mut arms = TokenStream::new();
        for group in self.groups {
            for cfg in group.cfgs {
                cfg.to_tokens(&mut arms);
            }
            for (at, (variant, members)) in group.variants.iter().enumerate() {
                if at > 0 {
                    arms.append(Punct::new('|', Spacing::Alone));
                }
                if variant.unit {
                    write_path(paths, variant, &mut arms);
                } else {
                    let shared = group.shared.as_deref();
                    write_pattern(paths, variant, members, shared, &mut arms);
                }
            }
            group.write_arrow_body(form, p, &mut arms);
        }
        if let Some(group) = last {
            arms.append(Ident::new("_", Span::call_site()));
            group.write_arrow_body(form, p, &mut arms);
        }
        if paths.glob {
            let ty = &paths.ty;
            return quote! {
                {
                    use #ty::*;
                    match self {
                        #arms
                    }
                }
            };
        }
        quote! {
            match self {
                #arms
            }
        }
    }
}

/// The header lines `http::HeaderMap` makes room for on its first insert.
const FIRST_ALLOCATION: usize = 6;

/// `Type::Variant { field: __field_field, .. }`, binding only `members`, written into `out`;
/// with `spans`, each binding carries the span of its member's place there.
fn write_pattern(
    paths: &Paths,
    variant: &Variant,
    members: &[&Member],
    spans: Option<&[Span]>,
    out: &mut TokenStream,
) {
    write_path(paths, variant, out);
    if members.is_empty() {
        out.append(paths.rest.clone());
        return;
    }
    let mut bound: Vec<(&Member, Option<Span>)> = Vec::with_capacity(members.len());
    for (at, member) in members.iter().enumerate() {
        if !bound.iter().any(|(known, _)| known == member) {
            bound.push((member, spans.map(|spans| spans[at])));
        }
    }
    let local = |(member, span): &(&Member, Option<Span>)| {
        span.map_or_else(|| variant.local(member), |span| fmt::local(member, span))
    };
    if let Some(positions) = positions(variant, &bound) {
        let mut fields = TokenStream::new();
        for (at, position) in positions.iter().enumerate() {
            if at > 0 {
                fields.append(Punct::new(',', Spacing::Alone));
            }
            match position {
                Some(index) => fields.append(local(&bound[*index])),
                None => fields.append(Ident::new("_", Span::call_site())),
            }
        }
        if positions.len() < variant.fields.len() {
            fields.append(Punct::new(',', Spacing::Alone));
            fields.append(Punct::new('.', Spacing::Joint));
            fields.append(Punct::new('.', Spacing::Alone));
        }
        out.append(proc_macro2::Group::new(Delimiter::Parenthesis, fields));
        return;
    }
    let mut fields = TokenStream::new();
    for binding in &bound {
        let (member, _) = binding;
        let local = local(binding);
        member.to_tokens(&mut fields);
        fields.append(Punct::new(':', Spacing::Alone));
        fields.append(local);
        fields.append(Punct::new(',', Spacing::Alone));
    }
    fields.append(Punct::new('.', Spacing::Joint));
    fields.append(Punct::new('.', Spacing::Alone));
    out.append(proc_macro2::Group::new(Delimiter::Brace, fields));
}

/// Whether binding `bound` fields of `total` by position, up to the one at `last`, takes fewer
/// tokens than naming them: `(__field_0, _, __field_2, ..)` against
/// `{ 0: __field_0, 2: __field_2, .. }`.
fn positional_is_shorter(bound: usize, last: usize, total: usize) -> bool {
    let rest = if last + 1 < total { 3 } else { 0 };
    2 * last + 1 + rest < 4 * bound + 2
}

/// A tuple variant's fields bound by position where that is shorter (every token the derive
/// writes crosses the bridge to the compiler and is parsed again there): for each position up
/// to the last bound, the index in `bound` of what binds it.
fn positions(variant: &Variant, bound: &[(&Member, Option<Span>)]) -> Option<Vec<Option<usize>>> {
    let mut indices = Vec::with_capacity(bound.len());
    for (member, _) in bound {
        match member {
            Member::Unnamed(index) => indices.push(usize::try_from(index.index).ok()?),
            Member::Named(_) => return None,
        }
    }
    let last = *indices.iter().max()?;
    if last >= variant.fields.len()
        || !positional_is_shorter(bound.len(), last, variant.fields.len())
    {
        return None;
    }
    let mut positions = vec![None; last + 1];
    for (at, index) in indices.into_iter().enumerate() {
        positions[index] = Some(at);
    }
    Some(positions)
}

/// `Type::Variant`, the variant alone where the `match` imports them, or `Type` for a struct,
/// written into `out`.
fn write_path(paths: &Paths, variant: &Variant, out: &mut TokenStream) {
    if !variant.in_enum {
        out.append(paths.ty.clone());
    } else if paths.glob {
        out.append(variant.ident.clone());
    } else {
        out.append(paths.ty.clone());
        out.append(Punct::new(':', Spacing::Joint));
        out.append(Punct::new(':', Spacing::Alone));
        out.append(variant.ident.clone());
    }
}

/// A field's type, as a key: a path of plain segments by its names, anything else as its tokens
/// printed (which is a call across the bridge, 8K instructions a field).
fn type_key(ty: Option<&syn::Type>) -> String {
    if let Some(syn::Type::Path(syn::TypePath {
        qself: None,
        path,
        attrs,
    })) = ty
    {
        let plain = attrs.is_empty()
            && path
                .segments
                .iter()
                .all(|segment| segment.arguments.is_none());
        if plain {
            let mut key = String::new();
            if path.leading_colon.is_some() {
                key.push_str("::");
            }
            for (at, segment) in path.segments.iter().enumerate() {
                if at > 0 {
                    key.push_str("::");
                }
                key.push_str(&segment.ident.to_string());
            }
            return key;
        }
    }
    quote!(#ty).to_string()
}

/// A member, as a key.
fn member_key(member: &Member) -> String {
    match member {
        Member::Named(ident) => ident.to_string(),
        Member::Unnamed(index) => index.index.to_string(),
    }
}

/// The fields a transparent variant's arm binds: its field, and those its message reads.
fn transparent_members<'a>(member: &'a Member, message: Option<&'a Message>) -> Vec<&'a Member> {
    std::iter::once(member)
        .chain(message.into_iter().flat_map(message_members))
        .collect()
}

/// The fields a direct variant's body reads.
fn body_members(direct: &Direct) -> impl Iterator<Item = &Member> {
    let message = match &direct.body {
        Body::Message(message) => Some(message),
        Body::Display(_) | Body::Title => None,
    };
    message.into_iter().flat_map(message_members)
}

/// Whether a message of any variant has arguments written after its format string:
/// expressions of the author's, in the arms.
fn written_args(variants: &[(&Variant, Plan)]) -> bool {
    variants.iter().any(|(_, plan)| {
        let message = match plan {
            Plan::Transparent { message, .. } => message.as_ref(),
            Plan::Direct(direct) => match &direct.body {
                Body::Message(message) => Some(message),
                Body::Display(_) | Body::Title => None,
            },
        };
        matches!(message, Some(Message::Format { extra, .. }) if !extra.is_empty())
    })
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
