//! `message = "..."` and `message("...", args)`: the format string over a variant's fields and
//! the arguments written after it, checked at compile time as `format!` would check them, so
//! that every mistake is reported on the literal or the argument, never inside the expansion.
//!
//! Placeholders name fields (`{id}`, `{0}`, `{id:?}`, `{0:>width$}`) or, when arguments follow
//! the literal, the arguments (`{}`, `{1}`, `{max}`). A field is rewritten to a named argument
//! of the generated `format!` (`{__id}`), bound to the field in the generated `match`; an
//! argument's `.field` and `.0` shorthands are rewritten to the same bindings.

use crate::ast::Field;
use crate::ctxt::Ctxt;
use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::format_ident;
use syn::ext::IdentExt;
use syn::{Ident, LitStr, Member};

/// `message = "..."` or `message("...", args)` as written.
pub struct Written {
    /// The format string's text, and its span.
    pub text: String,
    pub span: Span,
    pub args: Vec<WrittenArg>,
}

/// An argument after the literal: `expr` or `name = expr`.
pub struct WrittenArg {
    pub name: Option<Ident>,
    pub expr: TokenStream,
    pub span: Span,
}

/// A message, ready to expand.
pub enum Message {
    /// No placeholder and no argument: the text, with `{{` and `}}` already unescaped.
    Static(String),
    /// A format string, its field arguments and the arguments written after it.
    Format {
        lit: LitStr,
        args: Vec<Arg>,
        /// The written arguments, positional ones first, shorthands rewritten.
        extra: Vec<TokenStream>,
    },
}

/// A named argument of the generated `format!` bound to a field.
pub struct Arg {
    /// The name used in the rewritten format string.
    pub name: Ident,
    /// The field it reads.
    pub member: Member,
    /// The field's type.
    pub ty: Span,
    /// The `core::fmt` traits the message formats it with.
    pub traits: Vec<&'static str>,
    /// Whether a placeholder names it; otherwise only an argument's expression reads the
    /// field, and it is bound without being passed to `format!`.
    pub placeholder: bool,
}

/// How a field is read.
#[derive(Clone, Copy)]
enum Read {
    /// Formatted with this trait by a placeholder.
    Format(&'static str),
    /// A width or precision.
    Count,
    /// By an argument's expression.
    Expr,
}

/// The local a field is bound to in the generated `match`. Its binding and every use carry
/// the span of the field's type, `ty`: one context, also where the field's name comes from a
/// `macro_rules!` caller and its type from the macro, and errors about the type land on it.
pub fn local(member: &Member, ty: Span) -> Ident {
    match member {
        Member::Named(ident) => {
            // `_id` becomes `__field_id_`: snake case, and apart from `id`'s `__field_id`.
            let name = ident.unraw().to_string();
            let trimmed = name.trim_start_matches('_');
            let moved = "_".repeat(name.len() - trimmed.len());
            format_ident!("__field_{}{}", trimmed, moved, span = ty)
        }
        Member::Unnamed(index) => format_ident!("__field_{}", index.index, span = ty),
    }
}

/// What a parse needs to know about the variant.
struct Scope<'a> {
    cx: &'a Ctxt,
    /// The format string's span, where its mistakes are reported.
    span: Span,
    variant: &'a Ident,
    fields: &'a [Field<'a>],
    /// How many positional arguments follow the literal.
    positional: usize,
    /// The names of the named arguments.
    named: Vec<String>,
    /// Which positional and named arguments a placeholder uses.
    used_positional: Vec<bool>,
    used_named: Vec<bool>,
    /// The next argument `{}` stands for.
    next: usize,
    args: Vec<Arg>,
    ok: bool,
}

/// Parses `written` against `fields`; records an error and returns `None` when it is malformed
/// or does not match its arguments and fields.
pub fn parse(cx: &Ctxt, written: &Written, variant: &Ident, fields: &[Field]) -> Option<Message> {
    let (positional, named) = split_args(cx, &written.args)?;
    let mut scope = Scope {
        cx,
        span: written.span,
        variant,
        fields,
        positional: positional.len(),
        named: named
            .iter()
            .filter_map(|arg| arg.name.as_ref().map(|name| name.unraw().to_string()))
            .collect(),
        used_positional: vec![false; positional.len()],
        used_named: vec![false; named.len()],
        next: 0,
        args: Vec::new(),
        ok: true,
    };
    let (rewritten, literal) = scope.rewrite(&written.text)?;
    for (arg, used) in positional.iter().zip(&scope.used_positional) {
        if !used {
            cx.error(
                arg.span,
                "this argument is never used: the message has no placeholder for it",
            );
            scope.ok = false;
        }
    }
    for (arg, used) in named.iter().zip(&scope.used_named) {
        if !used {
            cx.error(
                arg.span,
                "this named argument is never used: the message has no placeholder for it",
            );
            scope.ok = false;
        }
    }
    let mut extra = Vec::new();
    for arg in positional.iter().chain(&named) {
        let expr = scope.shorthands(arg.expr.clone());
        extra.push(match &arg.name {
            Some(name) => quote::quote!(#name = #expr),
            None => expr,
        });
    }
    if !scope.ok {
        return None;
    }
    if scope.args.is_empty() && extra.is_empty() {
        return Some(Message::Static(literal));
    }
    Some(Message::Format {
        lit: LitStr::new(&rewritten, written.span),
        args: scope.args,
        extra,
    })
}

/// The positional arguments, then the named ones; a positional one after a named one is an
/// error, as in `format!`.
fn split_args<'w>(
    cx: &Ctxt,
    args: &'w [WrittenArg],
) -> Option<(Vec<&'w WrittenArg>, Vec<&'w WrittenArg>)> {
    let mut positional = Vec::new();
    let mut named: Vec<&WrittenArg> = Vec::new();
    let mut ok = true;
    for arg in args {
        match &arg.name {
            Some(name) => {
                if named.iter().any(|known| known.name.as_ref() == Some(name)) {
                    cx.error(arg.span, format!("duplicate argument `{name}`"));
                    ok = false;
                }
                named.push(arg);
            }
            None if !named.is_empty() => {
                cx.error(
                    arg.span,
                    "positional arguments come before named ones, as in format!",
                );
                ok = false;
            }
            None => positional.push(arg),
        }
    }
    ok.then_some((positional, named))
}

/// What a placeholder's argument is.
enum Target {
    Field(String),
    Positional,
}

impl Scope<'_> {
    fn error(&mut self, message: impl std::fmt::Display) {
        self.cx.error(self.span, message);
        self.ok = false;
    }

    /// The format string with fields renamed, and its text when it has no placeholder.
    fn rewrite(&mut self, text: &str) -> Option<(String, String)> {
        // A message without braces, as most static ones are, is itself; the loop below pushes
        // it char by char, calls each in an unoptimized build. Indexed for the same reason.
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() && !matches!(bytes[at], b'{' | b'}') {
            at += 1;
        }
        if at == bytes.len() {
            return Some((text.to_owned(), text.to_owned()));
        }
        let mut rewritten = String::with_capacity(text.len());
        let mut literal = String::with_capacity(text.len());
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
                        self.error("unclosed `{` in message: write `{{` for a literal brace");
                        return None;
                    }
                    rewritten.push('{');
                    rewritten.push_str(&self.placeholder(&inner));
                    rewritten.push('}');
                }
                '}' => {
                    self.error("unmatched `}` in message: write `}}` for a literal brace");
                    return None;
                }
                c => {
                    rewritten.push(c);
                    literal.push(c);
                }
            }
        }
        Some((rewritten, literal))
    }

    /// One placeholder's inside, `name:spec`, rewritten.
    fn placeholder(&mut self, inner: &str) -> String {
        let (name, spec) = match inner.split_once(':') {
            Some((name, spec)) => (name, Some(spec)),
            None => (inner, None),
        };
        let name = name.trim_matches([' ', '\t']);
        let format_trait = spec.map_or(Some("Display"), format_trait);
        let Some(format_trait) = format_trait else {
            self.error(format!(
                "`{{{inner}}}` in message: `{}` is not a format spec: expected \
                 [[fill]align][sign][#][0][width][.precision][type], as in {{:>8}} or {{:.3?}}",
                spec.unwrap_or("")
            ));
            return String::new();
        };
        // `{:.*}` takes the precision from the next argument, before the value's.
        let star = spec.is_some_and(|spec| spec.contains(".*"));
        if star && self.positional == 0 {
            self.error(format!(
                "`{{{inner}}}` in message: `.*` takes the precision from the next argument, \
                 as in message(\"{{:.*}}\", 3, .value)"
            ));
            return String::new();
        }
        if star {
            self.use_next();
        }
        let mut out = if name.is_empty() {
            self.use_next();
            String::new()
        } else {
            self.argument(name, Read::Format(format_trait))
        };
        if let Some(spec) = spec {
            out.push(':');
            out.push_str(&self.spec_arguments(spec));
        }
        out
    }

    /// `{}`: the next positional argument.
    fn use_next(&mut self) {
        if self.positional == 0 {
            self.error(
                "`{}` in message: name the field, as in {0} or {id}, or add the argument: \
                 message(\"{}\", .field)",
            );
            return;
        }
        if let Some(used) = self.used_positional.get_mut(self.next) {
            *used = true;
        } else {
            let count = self.positional;
            self.error(format!(
                "the message has more `{{}}` placeholders than its {count} positional \
                 argument{}",
                if count == 1 { "" } else { "s" }
            ));
        }
        self.next += 1;
    }

    /// `width$` and `.prec$` in a spec name fields or arguments too.
    fn spec_arguments(&mut self, spec: &str) -> String {
        let mut out = String::with_capacity(spec.len());
        let mut word = String::new();
        for c in spec.chars() {
            if c.is_alphanumeric() || c == '_' {
                word.push(c);
                continue;
            }
            if c == '$' && !word.is_empty() {
                let name = self.argument(&word, Read::Count);
                out.push_str(&name);
            } else {
                out.push_str(&word);
            }
            word.clear();
            out.push(c);
        }
        out.push_str(&word);
        out
    }

    /// The name to write for the argument `name` (`id`, `0`, `max`), read as `read` says.
    fn argument(&mut self, name: &str, read: Read) -> String {
        let target = if let Ok(index) = name.parse::<usize>() {
            if self.positional > 0 {
                if let Some(used) = self.used_positional.get_mut(index) {
                    *used = true;
                } else {
                    let count = self.positional;
                    self.error(format!(
                        "`{{{name}}}` in message, but there are {count} positional \
                         arguments: the first is {{0}}"
                    ));
                }
                Target::Positional
            } else {
                Target::Field(name.to_owned())
            }
        } else if let Some(i) = self.named.iter().position(|known| known == name) {
            self.used_named[i] = true;
            Target::Positional
        } else {
            Target::Field(name.to_owned())
        };
        match target {
            Target::Positional => name.to_owned(),
            Target::Field(name) => {
                if let Some((member, ty)) = self.field(&name) {
                    self.bind(&member, ty, read)
                } else {
                    self.missing_field(&name);
                    String::new()
                }
            }
        }
    }

    /// The field `name` refers to (`id` or `0`), and its type's span.
    fn field(&self, name: &str) -> Option<(Member, Span)> {
        let numeric = name.bytes().all(|b| b.is_ascii_digit());
        self.fields
            .iter()
            .find(|field| match &field.member {
                Member::Unnamed(index) => numeric && index.index.to_string() == name,
                Member::Named(ident) => !numeric && ident.unraw() == name,
            })
            .map(|field| (field.member.clone(), field.ty_span()))
    }

    fn missing_field(&mut self, name: &str) {
        let names: Vec<String> = self
            .fields
            .iter()
            .map(|field| member_name(&field.member))
            .collect();
        let variant = self.variant;
        let hint = if names.is_empty() {
            format!("`{variant}` has no fields")
        } else {
            format!("its fields are: {}", names.join(", "))
        };
        self.error(format!(
            "message names `{name}`, but `{variant}` has no field `{name}`; {hint}"
        ));
    }

    /// The argument name bound to `member`, added to the arguments once.
    fn bind(&mut self, member: &Member, ty: Span, read: Read) -> String {
        let index = if let Some(index) = self.args.iter().position(|arg| arg.member == *member) {
            index
        } else {
            self.args.push(Arg {
                name: format_ident!("__{}", member_name(member)),
                member: member.clone(),
                ty,
                traits: Vec::new(),
                placeholder: false,
            });
            self.args.len() - 1
        };
        let arg = &mut self.args[index];
        match read {
            Read::Format(format_trait) => {
                arg.placeholder = true;
                if !arg.traits.contains(&format_trait) {
                    arg.traits.push(format_trait);
                }
            }
            Read::Count => arg.placeholder = true,
            Read::Expr => {}
        }
        arg.name.to_string()
    }

    /// `expr` with each `.field` and `.0` that starts an expression rewritten to the field's
    /// binding.
    fn shorthands(&mut self, expr: TokenStream) -> TokenStream {
        let mut out = Vec::new();
        let mut tokens = expr.into_iter().peekable();
        let mut previous_is_operand = false;
        while let Some(token) = tokens.next() {
            if let TokenTree::Punct(punct) = &token {
                if punct.as_char() == '.' && !previous_is_operand {
                    let name = match tokens.peek() {
                        Some(TokenTree::Ident(ident)) => Some(ident.unraw().to_string()),
                        Some(TokenTree::Literal(lit)) => Some(lit.to_string()),
                        _ => None,
                    };
                    if let (Some(name), Some(next)) = (name, tokens.next()) {
                        if let Some((member, ty)) = self.field(&name) {
                            self.bind(&member, ty, Read::Expr);
                            out.push(TokenTree::Ident(local(&member, ty)));
                        } else {
                            self.missing_field(&name);
                            out.push(next);
                        }
                        previous_is_operand = true;
                        continue;
                    }
                }
            }
            previous_is_operand = match &token {
                TokenTree::Punct(punct) => matches!(punct.as_char(), '?' | '!'),
                TokenTree::Ident(_) | TokenTree::Literal(_) | TokenTree::Group(_) => true,
            };
            out.push(match token {
                TokenTree::Group(group) => {
                    let mut inner = Group::new(group.delimiter(), self.shorthands(group.stream()));
                    inner.set_span(group.span());
                    TokenTree::Group(inner)
                }
                other => other,
            });
        }
        out.into_iter().collect()
    }
}

/// The formatting trait a spec such as `>8`, `?`, `#x` or `.3e` asks for, or `None` when the
/// spec is not one `format!` accepts:
/// `[[fill]align][sign][#][0][width][.precision][type]`.
fn format_trait(spec: &str) -> Option<&'static str> {
    let mut rest: Vec<char> = spec.chars().collect();
    // [[fill]align]
    let is_align = |c: char| matches!(c, '<' | '^' | '>');
    if rest.len() >= 2 && is_align(rest[1]) {
        rest.drain(..2);
    } else if rest.first().copied().is_some_and(is_align) {
        rest.remove(0);
    }
    let mut rest: &[char] = &rest;
    let eat = |rest: &mut &[char], f: &dyn Fn(char) -> bool| -> bool {
        match rest.first() {
            Some(&c) if f(c) => {
                *rest = &rest[1..];
                true
            }
            _ => false,
        }
    };
    eat(&mut rest, &|c| c == '+' || c == '-');
    eat(&mut rest, &|c| c == '#');
    eat(&mut rest, &|c| c == '0');
    count(&mut rest);
    if eat(&mut rest, &|c| c == '.') && !eat(&mut rest, &|c| c == '*') && !count(&mut rest) {
        return None;
    }
    let kind: String = rest.iter().collect();
    Some(match kind.as_str() {
        "" => "Display",
        "?" | "x?" | "X?" => "Debug",
        "x" => "LowerHex",
        "X" => "UpperHex",
        "o" => "Octal",
        "b" => "Binary",
        "e" => "LowerExp",
        "E" => "UpperExp",
        "p" => "Pointer",
        _ => return None,
    })
}

/// A width or precision, `digits` or `digits$` or `name$`, read if there is one.
fn count(rest: &mut &[char]) -> bool {
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 {
        let end = digits + usize::from(rest.get(digits) == Some(&'$'));
        *rest = &rest[end..];
        return true;
    }
    let word = rest
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '_')
        .count();
    if word > 0 && rest.get(word) == Some(&'$') {
        *rest = &rest[word + 1..];
        return true;
    }
    false
}

fn member_name(member: &Member) -> String {
    match member {
        Member::Named(ident) => ident.unraw().to_string(),
        Member::Unnamed(index) => index.index.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::format_trait;

    #[test]
    fn specs() {
        for (spec, expected) in [
            ("", "Display"),
            (">8", "Display"),
            ("*^8", "Display"),
            ("+.3", "Display"),
            ("#x", "LowerHex"),
            ("08.3e", "LowerExp"),
            ("x?", "Debug"),
            ("#?", "Debug"),
            (">width$", "Display"),
            (".prec$", "Display"),
            (".*", "Display"),
            ("1$", "Display"),
            ("b", "Binary"),
        ] {
            assert_eq!(format_trait(spec), Some(expected), "{spec}");
        }
        for bad in ["y", ".", "8.", "q?", ">>>", ".x$y", "width"] {
            assert_eq!(format_trait(bad), None, "{bad}");
        }
    }
}
