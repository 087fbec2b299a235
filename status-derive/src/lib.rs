//! The derive behind [status-core](https://docs.rs/status-core): `#[derive(HttpStatusError)]`.
//!
//! Depend on `status-core`, which re-exports this derive beside the trait it implements; the
//! attribute reference is in its documentation and README.
//!
//! The derive is a pipeline: `attr` parses `#[status(...)]` into values that keep their spans,
//! `ast` models the input, `valid` applies the rules of `rules` (the HTTP rule table) and
//! `grammar` (header value grammars), and `expand` generates the code.

#![forbid(unsafe_code)]

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fmt;
mod grammar;
mod rules;
mod valid;

#[cfg(test)]
mod conformance;
#[cfg(test)]
mod hostile;

use proc_macro::TokenStream;

/// Derives `status_core::HttpStatusError` and `From<YourError> for http::Response<B>`.
///
/// See the `status-core` crate for the attribute reference.
#[proc_macro_derive(HttpStatusError, attributes(status))]
pub fn derive_http_status_error(input: TokenStream) -> TokenStream {
    expand::derive(input.into()).into()
}
