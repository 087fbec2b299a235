//! `message = "..."`: the format string over a variant's fields, checked at compile time.
//!
//! Placeholders name fields (`{id}`, `{0}`, `{id:?}`, `{0:>width$}`); each is rewritten to a
//! named argument of `format!`, so the generated call binds exactly the fields it uses.

use crate::ast::Field;
use crate::ctxt::Ctxt;
use quote::format_ident;
use syn::ext::IdentExt;
use syn::{Ident, LitStr, Member};

/// A message, ready to expand.
pub enum Message {
    /// No placeholder: the text, with `{{` and `}}` already unescaped.
    Static(String),
    /// A format string with named arguments, each bound to a field.
    Format { lit: LitStr, args: Vec<Arg> },
}

/// A named argument of the generated `format!`.
pub struct Arg {
    /// The name used in the rewritten format string.
    pub name: Ident,
    /// The field it reads.
    pub member: Member,
    /// The `core::fmt` traits the message formats it with.
    pub traits: Vec<&'static str>,
}

/// The local a field is bound to in the generated `match`.
pub fn local(member: &Member) -> Ident {
    match member {
        Member::Named(ident) => format_ident!("__field_{}", ident.unraw()),
        Member::Unnamed(index) => format_ident!("__field_{}", index.index),
    }
}

/// Parses `lit` against `fields`; records an error and returns `None` when it is malformed or
/// names a field the variant does not have.
pub fn parse(cx: &Ctxt, lit: &LitStr, variant: &Ident, fields: &[Field]) -> Option<Message> {
    let text = lit.value();
    let mut rewritten = String::with_capacity(text.len());
    let mut literal = String::with_capacity(text.len());
    let mut args: Vec<Arg> = Vec::new();
    let mut ok = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                rewritten.push_str("{{");
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                rewritten.push_str("}}");
                literal.push('}');
            }
            '{' => {
                let mut inner = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    inner.push(c);
                }
                if !closed {
                    cx.error(
                        lit.span(),
                        "unclosed `{` in message: write `{{` for a literal brace",
                    );
                    return None;
                }
                let (name, spec) = match inner.split_once(':') {
                    Some((name, spec)) => (name, Some(spec)),
                    None => (inner.as_str(), None),
                };
                rewritten.push('{');
                match resolve(cx, lit, variant, fields, name, &mut args) {
                    Some(arg) => {
                        let format_trait = format_trait(spec.unwrap_or(""));
                        if let Some(known) = args.iter_mut().find(|known| known.name == arg) {
                            if !known.traits.contains(&format_trait) {
                                known.traits.push(format_trait);
                            }
                        }
                        rewritten.push_str(&arg);
                    }
                    None => ok = false,
                }
                if let Some(spec) = spec {
                    rewritten.push(':');
                    match rewrite_spec(cx, lit, variant, fields, spec, &mut args) {
                        Some(spec) => rewritten.push_str(&spec),
                        None => ok = false,
                    }
                }
                rewritten.push('}');
            }
            '}' => {
                cx.error(
                    lit.span(),
                    "unmatched `}` in message: write `}}` for a literal brace",
                );
                return None;
            }
            c => {
                rewritten.push(c);
                literal.push(c);
            }
        }
    }
    if !ok {
        return None;
    }
    if args.is_empty() {
        return Some(Message::Static(literal));
    }
    Some(Message::Format {
        lit: LitStr::new(&rewritten, lit.span()),
        args,
    })
}

/// `width$` and `.prec$` in a format spec name fields too.
fn rewrite_spec(
    cx: &Ctxt,
    lit: &LitStr,
    variant: &Ident,
    fields: &[Field],
    spec: &str,
    args: &mut Vec<Arg>,
) -> Option<String> {
    let mut out = String::with_capacity(spec.len());
    let mut word = String::new();
    let mut ok = true;
    for c in spec.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        if c == '$' && !word.is_empty() {
            match resolve(cx, lit, variant, fields, &word, args) {
                Some(name) => out.push_str(&name),
                None => ok = false,
            }
        } else {
            out.push_str(&word);
        }
        word.clear();
        out.push(c);
    }
    out.push_str(&word);
    ok.then_some(out)
}

/// The argument name for the field `name` refers to (`id` or `0`), added to `args` once.
fn resolve(
    cx: &Ctxt,
    lit: &LitStr,
    variant: &Ident,
    fields: &[Field],
    name: &str,
    args: &mut Vec<Arg>,
) -> Option<String> {
    let found = if name.is_empty() {
        cx.error(
            lit.span(),
            "`{}` in message: name the field, as in {0} or {id}",
        );
        return None;
    } else if name.bytes().all(|b| b.is_ascii_digit()) {
        fields.iter().find(|field| match &field.member {
            Member::Unnamed(index) => index.index.to_string() == name,
            Member::Named(_) => false,
        })
    } else {
        fields.iter().find(|field| match &field.member {
            Member::Named(ident) => ident.unraw() == name,
            Member::Unnamed(_) => false,
        })
    };
    let Some(field) = found else {
        let names: Vec<String> = fields
            .iter()
            .map(|field| member_name(&field.member))
            .collect();
        let hint = if names.is_empty() {
            format!("`{variant}` has no fields")
        } else {
            format!("its fields are: {}", names.join(", "))
        };
        cx.error(
            lit.span(),
            format!("message names `{name}`, but `{variant}` has no field `{name}`; {hint}"),
        );
        return None;
    };
    let arg = format_ident!("__{}", member_name(&field.member));
    let arg_name = arg.to_string();
    if !args.iter().any(|known| known.member == field.member) {
        args.push(Arg {
            name: arg,
            member: field.member.clone(),
            traits: Vec::new(),
        });
    }
    Some(arg_name)
}

/// The formatting trait a spec such as `>8`, `?`, `#x` or `.3e` asks for.
fn format_trait(spec: &str) -> &'static str {
    match spec.chars().last() {
        Some('?') => "Debug",
        Some('x') => "LowerHex",
        Some('X') => "UpperHex",
        Some('o') => "Octal",
        Some('b') => "Binary",
        Some('e') => "LowerExp",
        Some('E') => "UpperExp",
        Some('p') => "Pointer",
        _ => "Display",
    }
}

fn member_name(member: &Member) -> String {
    match member {
        Member::Named(ident) => ident.unraw().to_string(),
        Member::Unnamed(index) => index.index.to_string(),
    }
}
