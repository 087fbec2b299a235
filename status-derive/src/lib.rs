//! The derive behind [status-core](https://docs.rs/status-core): `#[derive(HttpStatusError)]`.
//!
//! Depend on `status-core`, which re-exports this derive beside the trait it implements; the
//! attribute reference is its [`docs`](https://docs.rs/status-core/latest/status_core/docs/)
//! module.
//!
//! The derive is a pipeline. `key` is the vocabulary: every key of `#[status(...)]`, what it
//! takes, the header it writes. `attr` parses the attributes into values that keep their spans,
//! judging each single value once, as it is read: a status against `rules` (the HTTP rule
//! table), a header value against its grammar in `grammar`. `ast` models the input; `valid`
//! applies the rules that relate several keys and plans each variant's response; `expand`
//! generates the code (with `bound` for the where clause, `impls` for the conversions,
//! `openapi` for the OpenAPI description and `prefix` for the paths to status-core), and
//! `fallback` what is emitted instead when there were errors.

#![forbid(unsafe_code)]

mod ast;
mod attr;
mod bound;
mod ctxt;
mod expand;
mod fallback;
mod fmt;
mod fnv;
mod grammar;
mod impls;
mod input;
mod json;
mod key;
mod openapi;
mod prefix;
mod rules;
mod valid;

#[cfg(test)]
mod conformance;
#[cfg(test)]
mod hostile;

use proc_macro::TokenStream;

/// Derives `status_core::HttpStatusError` and `From<YourError> for http::Response<B>`.
///
/// The attribute reference is status-core's
/// [`docs`](https://docs.rs/status-core/latest/status_core/docs/) module.
#[proc_macro_derive(HttpStatusError, attributes(status))]
pub fn derive_http_status_error(input: TokenStream) -> TokenStream {
    expand::derive(input.into()).into()
}
