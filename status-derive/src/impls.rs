//! The impls beside the trait's own: `From<E> for http::Response<B>` and one per framework
//! integration. The expansion and the fallback emit them alike, so that a type the derive
//! refused still converts wherever its author uses it, and one mistake is one error.

use crate::bound;
use crate::key::Framework;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{DeriveInput, Ident, WherePredicate};

/// Both kinds of impl.
pub fn conversions(
    original: &DeriveInput,
    opt_outs: &[Framework],
    krate: &TokenStream,
) -> TokenStream {
    let from = from_response(original, krate);
    let integrations = integrations(original, opt_outs, krate);
    quote!(#from #integrations)
}

/// `impl<B: From<String>> From<YourError> for http::Response<B>`.
fn from_response(original: &DeriveInput, krate: &TokenStream) -> TokenStream {
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
    let where_clause = bound::with_bounds(where_clause, &bounds);
    quote! {
        #[automatically_derived]
        impl #impl_generics #private::core::convert::From<#ident #ty_generics>
            for #private::http::Response<__B>
        #where_clause
        {
            #[inline]
            fn from(__error: #ident #ty_generics) -> Self {
                #private::log!(&__error);
                #private::respond(&__error)
            }
        }
    }
}

/// One call per framework; each expands to nothing unless status-core has that feature on.
fn integrations(
    original: &DeriveInput,
    opt_outs: &[Framework],
    krate: &TokenStream,
) -> TokenStream {
    let ident = &original.ident;
    let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();
    let bound: [WherePredicate; 1] =
        [syn::parse_quote!(#ident #ty_generics: #krate::HttpStatusError)];
    let where_clause = bound::with_bounds(where_clause, &bound);
    let calls = Framework::ALL
        .into_iter()
        .filter(|framework| !opt_outs.contains(framework))
        .map(|framework| {
            let framework = Ident::new(framework.macro_name(), Span::call_site());
            quote! {
                #krate::__private::#framework! {
                    (#impl_generics) (#ident #ty_generics) (#where_clause)
                }
            }
        });
    quote!(#(#calls)*)
}
