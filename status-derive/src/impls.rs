//! The impls beside the trait's own: `From<E> for http::Response<B>` and one per framework
//! integration. The expansion and the fallback emit them alike, so that a type the derive
//! refused still converts wherever its author uses it, and one mistake is one error.

use crate::bound;
use crate::key::Framework;
use crate::prefix::Prefix;
use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::{DeriveInput, GenericParam, Ident, TypeParam};

/// Both kinds of impl.
pub fn conversions(original: &DeriveInput, opt_outs: &[Framework], krate: &Prefix) -> TokenStream {
    let from = from_response(original, krate);
    let integrations = integrations(original, opt_outs, krate);
    quote!(#from #integrations)
}

/// `impl<B: ResponseBody> From<YourError> for http::Response<B>`.
fn from_response(original: &DeriveInput, krate: &Prefix) -> TokenStream {
    let ident = &original.ident;
    let private = krate.join("__private");
    let param = bound::body_param(&original.generics);
    let mut generics = original.generics.clone();
    generics
        .params
        .push(GenericParam::Type(TypeParam::from(param.clone())));
    let (impl_generics, _, _) = generics.split_for_impl();
    let (_, ty_generics, _) = original.generics.split_for_impl();
    // A type without parameters implements the trait as it stands (the derive writes the impl
    // even when it refuses the type), and a bound the compiler proves anyway costs it 0.25M
    // instructions (scripts/expansion-cost.sh).
    let implemented = (!original.generics.params.is_empty())
        .then(|| quote!(#ident #ty_generics: #krate::HttpStatusError));
    let bounds = [Some(quote!(#param: #krate::ResponseBody)), implemented];
    let where_clause = bound::with_bounds(
        self_named(original).as_ref(),
        &bounds.into_iter().flatten().collect::<Vec<_>>(),
    );
    // Without `tracing` the macro expands to nothing; not calling it spares the compiler the
    // call (0.1M instructions).
    let log = cfg!(feature = "tracing").then(|| quote!(#private::log!(&__error);));
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #private::core::convert::From<#ident #ty_generics>
            for #private::http::Response<#param>
        #where_clause
        {
            #[inline]
            fn from(__error: #ident #ty_generics) -> Self {
                #log
                #private::convert(&__error)
            }
        }
    }
}

/// The type's where clause with `Self` spelled as the type: in an impl for another type (the
/// response, a framework's error) `Self` would mean that type.
fn self_named(original: &DeriveInput) -> Option<syn::WhereClause> {
    fn replace(tokens: TokenStream, ty: &TokenStream) -> TokenStream {
        tokens
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Ident(ident) if ident == "Self" => quote!(#ty),
                TokenTree::Group(group) => {
                    let mut replaced = Group::new(group.delimiter(), replace(group.stream(), ty));
                    replaced.set_span(group.span());
                    TokenTree::Group(replaced).into()
                }
                other => other.into(),
            })
            .collect()
    }
    let where_clause = original.generics.where_clause.as_ref()?;
    let ident = &original.ident;
    let (_, ty_generics, _) = original.generics.split_for_impl();
    let ty = quote!(#ident #ty_generics);
    syn::parse2(replace(where_clause.to_token_stream(), &ty)).ok()
}

/// One call per framework whose feature status-core has on (see [`enabled`]); the macro
/// expands to its impl.
fn integrations(original: &DeriveInput, opt_outs: &[Framework], krate: &Prefix) -> TokenStream {
    let frameworks: Vec<Framework> = Framework::ALL
        .into_iter()
        .filter(|framework| enabled(*framework) && !opt_outs.contains(framework))
        // Its impl describes every variant: `openapi.rs` emits it from the plans.
        .filter(|framework| *framework != Framework::Utoipa)
        .collect();
    if frameworks.is_empty() {
        return TokenStream::new();
    }
    let ident = &original.ident;
    let (impl_generics, ty_generics, _) = original.generics.split_for_impl();
    let bound = [quote!(#ident #ty_generics: #krate::HttpStatusError)];
    let where_clause = bound::with_bounds(self_named(original).as_ref(), &bound);
    let calls = frameworks.into_iter().map(|framework| {
        // actix-web and poem hold a type without generic parameters, which is `'static`,
        // as it is (poem where it is `Send + Sync`), and build its response when they send
        // it.
        let held = (matches!(framework, Framework::Actix | Framework::Poem)
            && original.generics.params.is_empty())
        .then(|| quote!(held));
        let framework = Ident::new(framework.macro_name(), Span::call_site());
        quote! {
            #krate::__private::#framework! {
                #held (#impl_generics) (#ident #ty_generics) (#where_clause)
            }
        }
    });
    quote!(#(#calls)*)
}

/// Whether status-core writes `framework`'s impl: its feature of that name turns on this
/// crate's. Without it status-core's macro expands to nothing, and a call to it would only
/// cost the compiler the call.
fn enabled(framework: Framework) -> bool {
    match framework {
        Framework::Axum => cfg!(feature = "axum"),
        Framework::Actix => cfg!(feature = "actix-web"),
        Framework::Poem => cfg!(feature = "poem"),
        Framework::Utoipa => cfg!(feature = "utoipa"),
    }
}
