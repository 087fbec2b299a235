//! The OpenAPI description of the responses: `utoipa::IntoResponses`, through status-core's
//! `__utoipa!` macro. Written only under this crate's feature `utoipa`, which status-core's
//! feature of that name turns on: without it the derive spends nothing on a description no
//! build would use.
//!
//! The impl's body is a table: one statement per variant naming its status, its body's text,
//! its headers and its extension members, on a `Doc` of status-core that builds utoipa's
//! structures at run time. Every value comes from the plan that `expand.rs` turns into the
//! response itself, so the document says what the code sends.

use crate::ast::{Input, Variant};
use crate::attr::BodyFormat;
use crate::bound;
use crate::fmt::Message;
use crate::key::{FieldTrait, Framework, Key};
use crate::prefix::Prefix;
use crate::valid::{Body, Direct, FieldRef, Plan, Status};
use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{DeriveInput, Member, WherePredicate};

/// The impl of a type the derive accepted.
pub fn responses(input: &Input, variants: &[(&Variant, Plan)], krate: &Prefix) -> TokenStream {
    if !cfg!(feature = "utoipa") || input.opt_outs.contains(&Framework::Utoipa) {
        return TokenStream::new();
    }
    let private = krate.join("__private");
    let original = input.original;
    let mut table = Table {
        private: private.clone(),
        bounds: Vec::new(),
        written: Vec::new(),
    };
    let statements: Vec<TokenStream> = variants
        .iter()
        .map(|(variant, plan)| {
            let cfgs = &variant.cfgs;
            let calls = table.variant(variant, plan);
            quote!(#(#cfgs)* __doc #calls;)
        })
        .collect();
    let format = match &input.format {
        BodyFormat::Text => None,
        BodyFormat::ProblemJson => Some(quote!(#krate::format::ProblemJson)),
        BodyFormat::Custom(path) => Some(quote!(#path)),
    };
    // The format named as the rest of the expansion names it, so that a type that is no
    // format is one error, not one more here.
    let finish = format.map_or_else(
        || quote!(__doc.text()),
        |format| {
            quote!(__doc.rendered(
                <#format as #krate::Format>::CONTENT_TYPE,
                #private::render::<#format>,
                <#format as #krate::Format>::body_schema,
            ))
        },
    );
    let ident = &original.ident;
    let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();
    let where_clause = bound::with_bounds(where_clause, &table.bounds);
    // `mut` only where a statement writes to it: the expansion allows no lint of its own.
    let binding = if statements.is_empty() {
        quote!(let __doc)
    } else {
        quote!(let mut __doc)
    };
    quote! {
        #private::utoipa! {
            (#impl_generics) (#ident #ty_generics) (#where_clause)
            {
                #binding = #private::openapi::Doc::new();
                #(#statements)*
                #finish
            }
        }
    }
}

/// The impl emitted beside the derive's errors: no response, and no bound.
pub fn fallback(input: &DeriveInput, opt_outs: &[Framework], krate: &Prefix) -> TokenStream {
    if !cfg!(feature = "utoipa") || opt_outs.contains(&Framework::Utoipa) {
        return TokenStream::new();
    }
    let private = krate.join("__private");
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #private::utoipa! {
            (#impl_generics) (#ident #ty_generics) (#where_clause)
            { #private::openapi::Responses::new() }
        }
    }
}

/// Writes the statements of the table, and gathers the bounds they need.
struct Table {
    private: Prefix,
    bounds: Vec<WherePredicate>,
    /// The bounds as text.
    written: Vec<String>,
}

impl Table {
    /// The calls on `__doc` that describe one variant.
    fn variant(&mut self, variant: &Variant, plan: &Plan) -> TokenStream {
        let private = self.private.clone();
        let name = variant.ident.unraw().to_string();
        match plan {
            Plan::Transparent { member, message } => {
                let inner = self
                    .field_call(
                        variant,
                        member,
                        &quote!(#private::openapi::IntoResponses),
                        &quote!(responses),
                    )
                    .unwrap_or_else(|| quote!(#private::openapi::Responses::new()));
                let worded = message
                    .as_ref()
                    .map(|message| message_detail(variant, message));
                quote!(.transparent(#name, #inner) #worded)
            }
            Plan::Direct(direct) => {
                let concealed = variant.attrs.flag(Key::Conceal).is_some();
                let mut calls = match &direct.status {
                    Status::Fixed(code) => quote!(.status(#code, #name)),
                    Status::Dynamic(_) => quote!(.dynamic(#name)),
                };
                if concealed {
                    // A plain 404: nothing else of the variant is sent.
                    calls.extend(quote!(.conceal()));
                    return calls;
                }
                calls.extend(detail(variant, &direct.body));
                calls.extend(self.members(variant, direct));
                calls.extend(headers(direct));
                calls
            }
        }
    }

    /// `title`, `problem_type`, `instance` and the extension members.
    fn members(&mut self, variant: &Variant, direct: &Direct) -> TokenStream {
        let private = self.private.clone();
        let mut calls = TokenStream::new();
        if let Some(title) = &variant.attrs.title {
            let title = &title.value;
            calls.extend(quote!(.title(#title)));
        }
        if let Some(uri) = &direct.members.problem_type {
            calls.extend(quote!(.problem_type(#uri)));
        }
        if direct.members.instance.is_some() {
            calls.extend(quote!(.instance()));
        }
        for extension in &direct.members.extensions {
            let FieldRef { member, .. } = &extension.field;
            let schema = self.field_call(
                variant,
                member,
                &quote!(#private::openapi::ExtensionSchema),
                &quote!(extension_schema),
            );
            let name = &extension.name;
            if let Some(schema) = schema {
                calls.extend(quote!(.extension(#name, #schema)));
            }
        }
        calls
    }

    /// `<FieldType as Trait>::function()`, spanned at the field's type, and the bound it
    /// needs, spanned there too.
    ///
    /// The bound is higher-ranked (`for<'__status_core> Account: ExtensionSchema`), so that
    /// rustc judges it where the impl is used rather than where it is written: a type whose
    /// field lacks the trait still compiles, and gets no impl. Cargo unifies features, so the
    /// impl exists in crates that never asked for it; only a handler that documents the type
    /// is told what is missing, with a note at the field.
    fn field_call(
        &mut self,
        variant: &Variant,
        member: &Member,
        traits: &TokenStream,
        function: &TokenStream,
    ) -> Option<TokenStream> {
        let field = variant
            .fields
            .iter()
            .find(|field| field.member == *member)?;
        let ty = field.ty;
        let span = syn::spanned::Spanned::span(ty);
        let traits = respan(traits.clone(), span);
        let bound: WherePredicate =
            syn::parse_quote_spanned!(span=> for<'__status_core> #ty: #traits);
        // One bound per type and trait; compared as text, as syn's `PartialEq` is a feature
        // this crate does not ask for.
        let text = quote!(#bound).to_string();
        if !self.written.contains(&text) {
            self.written.push(text);
            self.bounds.push(bound);
        }
        Some(quote_spanned!(span=> <#ty as #traits>::#function()))
    }
}

/// `tokens`, every one of them at `span`: rustc points at a bound's trait path when it is not
/// met.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                tree = TokenTree::Group(inner);
            } else {
                tree.set_span(span);
            }
            tree
        })
        .collect()
}

/// The call naming a body's detail: a message, or the `Display` text; nothing where the body
/// is the title.
fn detail(variant: &Variant, body: &Body) -> TokenStream {
    match body {
        Body::Message(message) => message_detail(variant, message),
        Body::Display(_) => quote!(.display()),
        Body::Title => TokenStream::new(),
    }
}

/// A static message's text, or a format string as written (`no user {id}`).
fn message_detail(variant: &Variant, message: &Message) -> TokenStream {
    match message {
        Message::Static(text) => quote!(.message(#text)),
        Message::Format { .. } => {
            let written = variant
                .attrs
                .message
                .as_ref()
                .map(|written| written.text.as_str())
                .unwrap_or_default();
            quote!(.template(#written))
        }
    }
}

/// The calls naming a direct variant's header lines, static ones first, as they are sent.
fn headers(direct: &Direct) -> TokenStream {
    let mut calls = TokenStream::new();
    for line in &direct.headers {
        let (name, value) = (line.name.as_str(), line.value.as_str());
        calls.extend(match field_trait(name) {
            Some(FieldTrait::Challenge) => quote!(.challenge(#name, #value)),
            Some(FieldTrait::RetryAfter) => quote!(.retry_after(#value)),
            Some(FieldTrait::Allow | FieldTrait::ContentRange | FieldTrait::Other) | None => {
                quote!(.header(#name, #value))
            }
        });
    }
    for field in &direct.fields {
        let name = field.header.as_str();
        calls.extend(match field.via {
            FieldTrait::Challenge => quote!(.field_challenge(#name)),
            FieldTrait::RetryAfter => quote!(.field_retry_after()),
            FieldTrait::Allow | FieldTrait::ContentRange | FieldTrait::Other => {
                quote!(.field_header(#name))
            }
        });
    }
    calls
}

/// The typed value a header of a key takes, which decides its schema: `None` for the lines
/// no field can supply (`Accept`, `Upgrade`, `Link`, `header = "..."` lines).
fn field_trait(header: &str) -> Option<FieldTrait> {
    Key::ALL
        .iter()
        .filter_map(|key| key.header())
        .find(|spec| spec.header == header)
        .and_then(|spec| spec.field)
}
