//! Reading the derive's input into syn's `DeriveInput`. An enum's variants written in the forms
//! nearly every error enum is written in are read straight from the token buffer: attributes
//! `#[path]`, `#[path(...)]` and `#[path = literal]`, and fields whose types are plain paths
//! (`u64`, `std::io::Error`). syn builds the same values from a parse buffer, checking each
//! identifier against the keywords and each type against every form a type takes, which in an
//! unoptimized build of the derive was a sixth of its run on an enum with fields (11M
//! instructions on 300 variants, `scripts/expansion-cost.sh`). Anything else (a struct, a
//! discriminant, a generic or reference type, a visibility, a `macro_rules!` fragment) goes
//! to syn's parser, so both readers give equal values; the tests below check it on every form.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use syn::buffer::Cursor;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{
    braced, token, AttrStyle, Attribute, Data, DataEnum, DeriveInput, Expr, ExprLit, Field,
    FieldModifiers, Fields, FieldsNamed, FieldsUnnamed, Generics, Lit, MacroDelimiter, Meta,
    MetaList, MetaNameValue, Path, PathSegment, Token, Type, TypePath, Variant, Visibility,
};

/// Parses the item a derive is given, as `syn::parse2::<DeriveInput>` does.
pub fn parse(tokens: TokenStream) -> syn::Result<DeriveInput> {
    derive_input.parse2(tokens)
}

fn derive_input(input: ParseStream) -> syn::Result<DeriveInput> {
    let ahead = input.fork();
    let attrs = outer_attrs(&ahead)?;
    let vis: Visibility = ahead.parse()?;
    if !ahead.peek(Token![enum]) {
        return input.parse();
    }
    input.advance_to(&ahead);
    let enum_token = input.parse()?;
    let ident = input.parse()?;
    let mut generics: Generics = input.parse()?;
    generics.where_clause = input.parse()?;
    let content;
    let brace_token = braced!(content in input);
    let variants = content.parse_terminated(variant, Token![,])?;
    Ok(DeriveInput {
        attrs,
        vis,
        ident,
        generics,
        data: Data::Enum(DataEnum {
            enum_token,
            brace_token,
            variants,
        }),
    })
}

/// The outer attributes: those in the common forms read here, the rest by syn.
fn outer_attrs(input: ParseStream) -> syn::Result<Vec<Attribute>> {
    let mut attrs = input.step(|cursor| Ok(common_attrs(*cursor)))?;
    attrs.extend(input.call(Attribute::parse_outer)?);
    Ok(attrs)
}

fn variant(input: ParseStream) -> syn::Result<Variant> {
    let read = input.step(|cursor| {
        Ok(match common_variant(*cursor) {
            Some((variant, rest)) => (Some(variant), rest),
            None => (None, *cursor),
        })
    })?;
    match read {
        Some(variant) => Ok(variant),
        None => input.parse(),
    }
}

/// A variant with attributes in the common forms, no visibility, no discriminant, and fields
/// in the common forms; `None` for any other.
fn common_variant(cursor: Cursor) -> Option<(Variant, Cursor)> {
    let (attrs, cursor) = common_attrs(cursor);
    let (ident, cursor) = cursor.ident()?;
    let (fields, cursor) = if let Some((inside, span, rest)) = cursor.group(Delimiter::Parenthesis)
    {
        let unnamed = common_fields(inside, false)?;
        let paren_token = token::Paren { span };
        (
            Fields::Unnamed(FieldsUnnamed {
                paren_token,
                unnamed,
            }),
            rest,
        )
    } else if let Some((inside, span, rest)) = cursor.group(Delimiter::Brace) {
        let named = common_fields(inside, true)?;
        let brace_token = token::Brace { span };
        (Fields::Named(FieldsNamed { brace_token, named }), rest)
    } else {
        (Fields::Unit, cursor)
    };
    let variant = Variant {
        attrs,
        ident,
        fields,
        discriminant: None,
    };
    ends_item(cursor).then_some((variant, cursor))
}

/// Fields, each with attributes in the common forms, no visibility, a plain path for its type
/// and no default value.
fn common_fields(mut cursor: Cursor, named: bool) -> Option<Punctuated<Field, Token![,]>> {
    let mut fields = Punctuated::new();
    while !cursor.eof() {
        let (attrs, rest) = common_attrs(cursor);
        let (ident, colon_token, rest) = if named {
            let (ident, rest) = rest.ident()?;
            let (colon, rest) = rest.punct()?;
            if colon.as_char() != ':' || colon.spacing() != Spacing::Alone {
                return None;
            }
            (Some(ident), Some(Token![:](colon.span())), rest)
        } else {
            (None, None, rest)
        };
        let (ty, rest) = path_type(rest)?;
        fields.push_value(Field {
            attrs,
            vis: Visibility::Inherited,
            modifiers: FieldModifiers::default(),
            ident,
            colon_token,
            ty,
            default: None,
        });
        match rest.punct() {
            Some((comma, after)) if comma.as_char() == ',' => {
                fields.push_punct(Token![,](comma.span()));
                cursor = after;
            }
            _ if rest.eof() => cursor = rest,
            _ => return None,
        }
    }
    Some(fields)
}

/// A type that is a path of identifiers alone, `u64` or `std::io::Error`, up to the end of the
/// field.
fn path_type(cursor: Cursor) -> Option<(Type, Cursor)> {
    let (first, mut rest) = cursor.ident()?;
    // What begins another type, or a visibility, before a path: `_`, `dyn ::Trait`,
    // `pub ::Type`.
    if matches!(first.to_string().as_str(), "_" | "dyn" | "impl" | "pub") {
        return None;
    }
    let mut segments = Punctuated::new();
    segments.push_value(PathSegment::from(first));
    while let Some((colon, after)) = rest.punct() {
        if colon.as_char() != ':' || colon.spacing() != Spacing::Joint {
            break;
        }
        let (second, after) = after.punct()?;
        if second.as_char() != ':' {
            return None;
        }
        let (ident, after) = after.ident()?;
        segments.push_punct(Token![::]([colon.span(), second.span()]));
        segments.push_value(PathSegment::from(ident));
        rest = after;
    }
    let ty = Type::Path(TypePath {
        attrs: Vec::new(),
        qself: None,
        path: Path {
            leading_colon: None,
            segments,
        },
    });
    ends_item(rest).then_some((ty, rest))
}

/// Whether `cursor` is at the end of a variant or field: the end of its group, or its comma.
fn ends_item(cursor: Cursor) -> bool {
    cursor.eof() || matches!(cursor.punct(), Some((comma, _)) if comma.as_char() == ',')
}

/// The attributes from `cursor` on in the common forms, and where the first one not in them,
/// or whatever follows them, begins.
fn common_attrs(mut cursor: Cursor) -> (Vec<Attribute>, Cursor) {
    let mut attrs = Vec::new();
    while let Some((attr, rest)) = common_attr(cursor) {
        attrs.push(attr);
        cursor = rest;
    }
    (attrs, cursor)
}

/// `#[path]`, `#[path(...)]` (or another delimiter), or `#[path = literal]`, with a path of
/// one identifier.
fn common_attr(cursor: Cursor) -> Option<(Attribute, Cursor)> {
    let (pound, cursor) = cursor.punct()?;
    if pound.as_char() != '#' {
        return None;
    }
    let (inside, span, rest) = cursor.group(Delimiter::Bracket)?;
    let (name, after) = inside.ident()?;
    let path = Path::from(name);
    let meta = if after.eof() {
        Meta::Path(path)
    } else if let Some((TokenTree::Group(group), end)) = after.token_tree() {
        let delimiter = match group.delimiter() {
            Delimiter::Parenthesis => MacroDelimiter::Paren(token::Paren {
                span: group.delim_span(),
            }),
            Delimiter::Brace => MacroDelimiter::Brace(token::Brace {
                span: group.delim_span(),
            }),
            Delimiter::Bracket => MacroDelimiter::Bracket(token::Bracket {
                span: group.delim_span(),
            }),
            Delimiter::None => return None,
        };
        if !end.eof() {
            return None;
        }
        Meta::List(MetaList {
            path,
            delimiter,
            tokens: group.stream(),
        })
    } else {
        let (eq, after) = after.punct()?;
        if eq.as_char() != '=' || eq.spacing() != Spacing::Alone {
            return None;
        }
        let (lit, end) = after.literal()?;
        if !end.eof() {
            return None;
        }
        Meta::NameValue(MetaNameValue {
            path,
            eq_token: Token![=](eq.span()),
            value: Expr::Lit(ExprLit {
                attrs: Vec::new(),
                lit: Lit::new(lit),
            }),
        })
    };
    let attr = Attribute {
        pound_token: Token![#](pound.span()),
        style: AttrStyle::Outer,
        bracket_token: token::Bracket { span },
        meta,
    };
    Some((attr, rest))
}

#[cfg(test)]
mod tests {
    use super::parse;
    use proc_macro2::TokenStream;
    use proptest::prelude::*;
    use syn::DeriveInput;

    /// Both readers on `source`: equal values, or both errors.
    fn agree(source: &str) {
        let tokens: TokenStream = source.parse().unwrap();
        let ours = parse(tokens.clone()).map_err(|err| err.to_string());
        let syn = syn::parse2::<DeriveInput>(tokens).map_err(|err| err.to_string());
        assert_eq!(ours, syn, "{source}");
    }

    #[test]
    fn every_form_reads_as_syn_reads_it() {
        for source in [
            // The common forms.
            "enum E { A, B, }",
            "pub enum E { #[status(404)] A, #[status(405, allow = \"GET\")] B }",
            "enum E { A(u64), B(std::io::Error, String), C { id: u64, kind: String, } }",
            "enum E { A(#[status(retry_after)] u64), B { #[status(header = \"x\")] id: ::core::primitive::u8 } }",
            "/// An error.\n#[derive(Debug)] #[status(format = \"problem+json\")] enum E {\n/// The first.\n#[doc = \"more\"] #[non_exhaustive] A }",
            "enum E { #[status[404]] A, #[status{404}] B, #[r#status(404)] C }",
            "enum E { A(r#u64), B(Self), C(crate::X), D(self::X), E(super::X) }",
            "enum E {}",
            // Each of the others.
            "enum E { A = 1, B }",
            "enum E { A(Vec<u8>), B(&'static str), C(Box<dyn std::error::Error + Send>) }",
            "enum E { A(_), B((u8, u16)), C([u8; 4]), D(fn(u8) -> u8), E(<T as X>::Y) }",
            "enum E { A(::std::io::Error), B(std::io ::Error) }",
            "enum E { A(pub u8), B { pub x: u8 }, pub C, D(pub ::std::io::Error) }",
            "enum E { A(Box<dyn ::std::error::Error>), B(dyn ::std::error::Error), C(impl ::X) }",
            "enum E { #[a::b] A, #[a = -1] B, #[a = b] C, #[a(x) y] D, #[a = 1 2] E, #![a] F }",
            "enum E { #[unsafe(no_mangle)] A, #[a =] B }",
            "enum E<'a, T: Clone> where T: Copy { A(&'a T), B(T) }",
            "enum E { A { x: u8 = 1 }, B(u8 = 1) }",
            "struct S { #[status(404)] x: u8 }",
            "struct S(u8);",
            "union U { x: u8 }",
            // What does not parse, and the errors both give.
            "enum E { A B }",
            "enum E { A(u8 u8) }",
            "enum E { A, } trailing",
            "enum { A }",
        ] {
            agree(source);
        }
    }

    /// A piece of an enum, drawn from common and uncommon forms alike.
    fn attr() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "",
            "#[status(404)]",
            "#[status(405, allow = \"GET, HEAD\", message = \"{0}\")]",
            "/// docs",
            "#[doc = \"docs\"]",
            "#[cfg(test)]",
            "#[a::b(c)]",
            "#[a = b]",
            "#[allow(dead_code)] #[status(500)]",
        ])
        .prop_map(str::to_owned)
    }

    fn ty() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "u64",
            "String",
            "std::io::Error",
            "::std::io::Error",
            "Vec<u8>",
            "&'static str",
            "Option<std::time::Duration>",
            "(u8, u8)",
            "Self",
            "_",
            "dyn ::std::error::Error",
            "crate::X",
        ])
        .prop_map(str::to_owned)
    }

    fn variant() -> impl Strategy<Value = String> {
        let fields = prop::collection::vec((attr(), ty()), 0..3);
        (attr(), 0..4u8, fields, prop::bool::ANY).prop_map(|(attr, shape, fields, pub_)| {
            let vis = if pub_ { "pub " } else { "" };
            let list = |named: bool| {
                fields
                    .iter()
                    .enumerate()
                    .map(|(i, (attr, ty))| {
                        let name = if named {
                            format!("f{i}: ")
                        } else {
                            String::new()
                        };
                        format!("{attr}\n{vis}{name}{ty}")
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            match shape {
                0 => format!("{attr}\nV"),
                1 => format!("{attr}\nV({})", list(false)),
                2 => format!("{attr}\nV {{ {} }}", list(true)),
                _ => format!("{attr}\nV = 3"),
            }
        })
    }

    proptest! {
        #[test]
        fn any_enum_reads_as_syn_reads_it(
            attr in attr(),
            variants in prop::collection::vec(variant(), 0..6),
            trailing in prop::bool::ANY,
        ) {
            let comma = if trailing { "," } else { "" };
            agree(&format!("{attr}\nenum E {{ {} {comma} }}", variants.join(", ")));
        }
    }
}
