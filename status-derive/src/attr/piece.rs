//! The pieces of a `#[status(...)]`: what stands between its top-level commas, each read as a
//! literal, a path, `key = value`, or `key(args)`.

use crate::fmt;
use proc_macro2::{Delimiter, Spacing, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Lit, LitInt, MetaList, Token};

/// Reads the pieces of `list` in one pass over its tokens, handing each to `each` with whether
/// it is the first. A piece that does not read is handed over as its error, and reading goes on
/// after the next comma; empty pieces (a trailing comma) are dropped.
pub(super) fn pieces(list: &MetaList, mut each: impl FnMut(syn::Result<Piece>, bool)) {
    match common_pieces(&list.tokens) {
        Some(pieces) => {
            for (at, piece) in pieces.into_iter().enumerate() {
                each(Ok(piece), at == 0);
            }
        }
        None => parsed_pieces(list, each),
    }
}

/// [`pieces`] read by the parser, which reads every form and reports every mistake.
fn parsed_pieces(list: &MetaList, mut each: impl FnMut(syn::Result<Piece>, bool)) {
    let mut first = true;
    let read = |input: ParseStream| {
        while !input.is_empty() {
            let piece = if input.peek(Token![,]) {
                // An empty piece, reported as reading nothing reports it.
                read_piece.parse2(TokenStream::new())
            } else {
                read_piece(input).and_then(|piece| {
                    if input.is_empty() || input.peek(Token![,]) {
                        Ok(piece)
                    } else {
                        Err(input.error("unexpected token"))
                    }
                })
            };
            let failed = piece.is_err();
            each(piece, first);
            first = false;
            if failed {
                skip_piece(input)?;
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    };
    // Every error was handed over; the reader itself only fails where tokens cannot be read.
    let _ = list.parse_args_with(read);
}

/// The pieces of a list written only in the common forms, read from its tokens directly: a
/// literal (a status code), a key alone, `key = literal`, separated by commas, a trailing one
/// allowed. `None` where anything else is written (a path, a negative number, `key(...)`,
/// `key = path`, a literal a `macro_rules!` caller wrapped in a group, an empty piece), which
/// the parser above then reads with its errors; both give the same pieces. The common forms
/// are nearly every attribute, and this skips building a parse buffer for each (a third of
/// reading one, in an unoptimized build of the derive).
fn common_pieces(tokens: &TokenStream) -> Option<Vec<Piece>> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut pieces = Vec::new();
    let mut rest = trees.as_slice();
    while !rest.is_empty() {
        let (piece, after) = match rest {
            [TokenTree::Literal(lit), after @ ..] => (Piece::Int(Int::read(lit)?), after),
            [TokenTree::Ident(key), TokenTree::Punct(eq), TokenTree::Literal(lit), after @ ..]
                if eq.as_char() == '=' && eq.spacing() == Spacing::Alone =>
            {
                (Piece::Pair(key.clone(), Scalar::read(lit)), after)
            }
            [TokenTree::Ident(key), after @ ..] if ends_piece(after) => {
                (Piece::Path(vec![key.clone()]), after)
            }
            _ => return None,
        };
        pieces.push(piece);
        rest = match after {
            [] => after,
            [TokenTree::Punct(comma), after @ ..] if comma.as_char() == ',' => {
                if matches!(after.first(), Some(TokenTree::Punct(next)) if next.as_char() == ',') {
                    return None;
                }
                after
            }
            _ => return None,
        };
    }
    Some(pieces)
}

/// Whether `rest` starts with the end of a piece: nothing, or its comma.
fn ends_piece(rest: &[TokenTree]) -> bool {
    match rest.first() {
        None => true,
        Some(TokenTree::Punct(punct)) => punct.as_char() == ',',
        Some(_) => false,
    }
}

/// Skips the rest of a piece, up to its comma.
fn skip_piece(input: ParseStream) -> syn::Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tree, next)) = rest.token_tree() {
            if matches!(&tree, TokenTree::Punct(punct) if punct.as_char() == ',') {
                break;
            }
            rest = next;
        }
        Ok(((), rest))
    })
}

/// Splits at commas outside any group; empty pieces (a trailing comma) are dropped.
pub(super) fn split_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut pieces = Vec::new();
    let mut current = Vec::new();
    for tree in tokens {
        if let TokenTree::Punct(punct) = &tree {
            if punct.as_char() == ',' {
                pieces.push(current.drain(..).collect());
                continue;
            }
        }
        current.push(tree);
    }
    if !current.is_empty() {
        pieces.push(current.into_iter().collect());
    }
    pieces
}

/// One piece of an attribute as written: a literal, a path, or `key = value`.
pub(super) enum Piece {
    Int(Int),
    Path(Vec<Ident>),
    Pair(Ident, Scalar),
    /// `format = path::To::Format`.
    PairPath(Ident, syn::Path),
    /// `message("...", args)`.
    Call(Ident, proc_macro2::Group),
}

fn read_piece(input: ParseStream) -> syn::Result<Piece> {
    // Only a literal, or a `-` before one, can be a status code; reading it is what
    // `peek(LitInt)` would do, so it is read once. A failed read consumes nothing.
    let cursor = input.cursor();
    let number =
        cursor.literal().is_some() || cursor.punct().is_some_and(|(p, _)| p.as_char() == '-');
    if number {
        if let Ok(lit) = input.parse::<LitInt>() {
            return Ok(Piece::Int(Int::from(&lit)));
        }
    }
    let mut path = Vec::new();
    input.parse::<Option<Token![::]>>()?;
    loop {
        // Keys like `crate` are keywords, so any identifier is accepted here.
        path.push(input.call(Ident::parse_any)?);
        if !input.peek(Token![::]) {
            break;
        }
        input.parse::<Token![::]>()?;
    }
    if input.peek(syn::token::Paren) && path.len() == 1 {
        let group = input.step(|cursor| match cursor.token_tree() {
            Some((TokenTree::Group(group), rest)) => Ok((group, rest)),
            _ => Err(cursor.error("expected arguments in parentheses")),
        })?;
        return Ok(Piece::Call(path.remove(0), group));
    }
    if input.peek(Token![=]) && path.len() == 1 {
        input.parse::<Token![=]>()?;
        if input.peek(Ident) || input.peek(Token![::]) || input.peek(Token![crate]) {
            let value = input.parse()?;
            return Ok(Piece::PairPath(path.remove(0), value));
        }
        let lit = literal(input)?;
        return Ok(Piece::Pair(path.remove(0), Scalar::from(lit)));
    }
    Ok(Piece::Path(path))
}

/// An integer literal, as a status code is read from it.
pub(super) struct Int {
    /// In base 10, as `LitInt::base10_digits` gives them.
    pub digits: String,
    pub suffix: String,
    pub span: Span,
}

impl Int {
    /// `lit`, read from its text where it is decimal digits alone, as a status code is
    /// written: syn's `Lit::new` tells every kind of literal apart first (6K instructions in an
    /// unoptimized build of the derive). `None` for another kind of literal.
    fn read(lit: &proc_macro2::Literal) -> Option<Self> {
        let repr = lit.to_string();
        let plain = repr.bytes().all(|b| b.is_ascii_digit()) && !repr.starts_with('0');
        if plain && !repr.is_empty() {
            return Some(Int {
                digits: repr,
                suffix: String::new(),
                span: lit.span(),
            });
        }
        match Lit::new(lit.clone()) {
            Lit::Int(int) => Some(Int::from(&int)),
            _ => None,
        }
    }
}

impl From<&LitInt> for Int {
    fn from(lit: &LitInt) -> Self {
        Int {
            digits: lit.base10_digits().to_owned(),
            suffix: lit.suffix().to_owned(),
            span: lit.span(),
        }
    }
}

/// The literal after `key =`: a string's text, read once, or another literal.
pub(super) enum Scalar {
    Str(String, Span),
    Other(Lit),
}

impl Scalar {
    /// `lit`, read from its text where it is a plain string literal (no escape, no carriage
    /// return, no suffix) or a raw one: syn reads a literal's text once to know its kind and
    /// again for each `value()`, unescaping it character by character each time (7K
    /// instructions a value in an unoptimized build, scripts/expansion-cost.sh).
    fn read(lit: &proc_macro2::Literal) -> Self {
        let repr = lit.to_string();
        match plain_text(&repr) {
            Some(text) => Scalar::Str(text.to_owned(), lit.span()),
            None => Scalar::from(Lit::new(lit.clone())),
        }
    }

    pub(super) fn span(&self) -> Span {
        match self {
            Scalar::Str(_, span) => *span,
            Scalar::Other(lit) => lit.span(),
        }
    }
}

/// The value of a string literal written without escapes, carriage returns or a suffix, as
/// `"..."` or raw as `r#"..."#`: its text between the quotes. `None` for any other literal,
/// which syn reads.
fn plain_text(repr: &str) -> Option<&str> {
    let (text, raw) = match repr.strip_prefix('r') {
        Some(raw) => {
            let hashes = raw.get(..raw.bytes().take_while(|&b| b == b'#').count())?;
            let text = raw
                .get(hashes.len()..)?
                .strip_prefix('"')?
                .strip_suffix(hashes)?
                .strip_suffix('"')?;
            (text, true)
        }
        None => (repr.strip_prefix('"')?.strip_suffix('"')?, false),
    };
    // One pass, indexed: iterator adapters, generic code built unoptimized with the derive,
    // took several times as long (8K instructions a literal for `contains` with a set of
    // chars).
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\r' => return None,
            b'\\' | b'"' if !raw => return None,
            _ => at += 1,
        }
    }
    Some(text)
}

impl From<Lit> for Scalar {
    fn from(lit: Lit) -> Self {
        match lit {
            Lit::Str(lit) => Scalar::Str(lit.value(), lit.span()),
            other => Scalar::Other(other),
        }
    }
}

/// Reads a literal, looking through the invisible groups `macro_rules!` wraps fragments in.
fn literal(input: ParseStream) -> syn::Result<Lit> {
    if let Some((TokenTree::Group(group), _)) = input.cursor().token_tree() {
        if group.delimiter() == Delimiter::None {
            input.step(|cursor| Ok(((), cursor.token_tree().map_or(*cursor, |(_, c)| c))))?;
            return syn::parse2(group.stream());
        }
    }
    input.parse()
}

/// An argument after the format string: `name = expr` or `expr`.
pub(super) fn written_arg(tokens: TokenStream) -> fmt::WrittenArg {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    // Where the argument is named: its first token, or the field after a `.` shorthand.
    let span = match trees.as_slice() {
        [TokenTree::Punct(dot), field, ..] if dot.as_char() == '.' => field.span(),
        [first, ..] => first.span(),
        [] => Span::call_site(),
    };
    if let [TokenTree::Ident(name), TokenTree::Punct(eq), rest @ ..] = trees.as_slice() {
        let double = matches!(rest.first(), Some(TokenTree::Punct(next)) if next.as_char() == '=');
        if eq.as_char() == '=' && !double {
            return fmt::WrittenArg {
                name: Some(name.clone()),
                expr: rest.iter().cloned().collect(),
                span,
            };
        }
    }
    fmt::WrittenArg {
        name: None,
        expr: tokens,
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::{common_pieces, parsed_pieces, Piece, Scalar};
    use quote::ToTokens;

    /// A piece as text, with the literal's kind: what the keys are read from.
    fn show(piece: &syn::Result<Piece>) -> String {
        match piece {
            Ok(Piece::Int(int)) => format!("int {}{}", int.digits, int.suffix),
            Ok(Piece::Path(path)) => format!("path {path:?}"),
            Ok(Piece::Pair(key, Scalar::Str(text, _))) => format!("pair {key} = str {text:?}"),
            Ok(Piece::Pair(key, Scalar::Other(lit))) => {
                let kind = match lit {
                    syn::Lit::Int(_) => "int",
                    _ => "other",
                };
                format!("pair {key} = {kind} {}", lit.to_token_stream())
            }
            Ok(Piece::PairPath(key, path)) => {
                format!("pair {key} = path {}", path.to_token_stream())
            }
            Ok(Piece::Call(key, group)) => format!("call {key} {group}"),
            Err(err) => format!("error {err}"),
        }
    }

    fn list(body: &str) -> syn::MetaList {
        syn::parse_str(&format!("status({body})")).unwrap()
    }

    #[test]
    fn the_common_forms_read_as_the_parser_reads_them() {
        for body in [
            "404",
            "404u16",
            "0404",
            "4_04",
            "0x194",
            "405, allow = \"GET, HEAD\", message = \"read-only\"",
            "503, retry_after = 120,",
            "retry_after",
            "header = \"x-request-id\"",
            "crate = \"::status_core\"",
            "r#type = \"x\"",
            "500, expose, title = \"Down\"",
            // Escapes, a raw string and a line break: their text read as syn reads it.
            "message = \"say \\\"hi\\\"\\u{21}\"",
            "www_authenticate = r#\"Bearer realm=\"api\"\"#",
            "message = r\"raw\", title = r##\"a \"# b\"##",
            "message = r#\"back\\slash\"#, title = r\"x\"sfx",
            "message = \"x\"sfx",
            "message = \"two\nlines\"",
            "",
        ] {
            let list = list(body);
            let mut parsed = Vec::new();
            parsed_pieces(&list, |piece, first| parsed.push((show(&piece), first)));
            let common = common_pieces(&list.tokens).unwrap_or_else(|| panic!("{body}"));
            let common: Vec<_> = common
                .into_iter()
                .enumerate()
                .map(|(at, piece)| (show(&Ok(piece)), at == 0))
                .collect();
            assert_eq!(common, parsed, "{body}");
        }
    }

    #[test]
    fn every_other_form_is_left_to_the_parser() {
        for body in [
            "StatusCode::NOT_FOUND",
            "::http::StatusCode::NOT_FOUND",
            "-404",
            "\"404\"",
            "404.0",
            "format = my::Format",
            "message(\"{0}\", .0)",
            "expose = true",
            "404,, expose",
            ", 404",
            "404 expose",
            "allow == \"GET\"",
        ] {
            assert!(common_pieces(&list(body).tokens).is_none(), "{body}");
        }
    }
}
