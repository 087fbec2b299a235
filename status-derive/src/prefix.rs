//! A path written in front of many names in the expansion (`::status_core`,
//! `::status_core::__private`), kept as its tokens. `quote!` pushes the tokens it writes one by
//! one; splicing a `TokenStream` into it instead sends the tokens gathered so far across the
//! compiler's bridge to be joined, two calls a use. These are pushed like `quote!`'s own.

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// The tokens of a path.
#[derive(Clone)]
pub struct Prefix(Vec<TokenTree>);

impl Prefix {
    /// status-core as the user's crate sees it: `path` when the type names one (`crate = ...`),
    /// else `::status_core`.
    pub fn krate(path: Option<&syn::Path>) -> Self {
        match path {
            Some(path) => Prefix(path.to_token_stream().into_iter().collect()),
            None => Prefix(Vec::new()).join("status_core"),
        }
    }

    /// A path of one identifier: an alias.
    pub fn ident(name: &str) -> Self {
        Prefix(vec![Ident::new(name, Span::call_site()).into()])
    }

    /// This path followed by `::name`.
    pub fn join(&self, name: &str) -> Self {
        let mut tokens = self.0.clone();
        tokens.push(Punct::new(':', Spacing::Joint).into());
        tokens.push(Punct::new(':', Spacing::Alone).into());
        tokens.push(Ident::new(name, Span::call_site()).into());
        Prefix(tokens)
    }
}

impl ToTokens for Prefix {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}
