//! What the derive emits when it reports errors: impls that keep every use of the type
//! compiling (the trait, the conversion to `http::Response`, the framework integrations, the
//! OpenAPI description, empty), so that one mistake is reported once and not again at each
//! handler that returns the type.

use crate::impls;
use crate::key::Framework;
use crate::openapi;
use crate::prefix::Prefix;
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub fn fallback(input: &DeriveInput, opt_outs: &[Framework], krate: &Prefix) -> TokenStream {
    let private = krate.join("__private");
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let conversions = impls::conversions(input, opt_outs, krate);
    let openapi = openapi::fallback(input, opt_outs, krate);
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #krate::HttpStatusError for #ident #ty_generics #where_clause {
            fn status(&self) -> #private::http::StatusCode {
                #private::http::StatusCode::INTERNAL_SERVER_ERROR
            }

            fn write_headers(&self, _: &mut #private::http::HeaderMap) {}

            fn body(&self) -> #private::String {
                #private::String::new()
            }
        }

        #conversions
        #openapi
    }
}
