//! `Accept` as a recipient reads it (RFC 9110 §12.5.1) and the choice among the representations
//! of an error.
//!
//! ```text
//! Accept      = #( media-range [ weight ] )
//! media-range = ( "*/*" / ( type "/" "*" ) / ( type "/" subtype ) ) parameters
//! parameters  = *( OWS ";" OWS [ parameter ] )
//! parameter   = parameter-name "=" ( token / quoted-string )
//! weight      = OWS ";" OWS "q=" qvalue
//! qvalue      = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
//! ```
//!
//! A recipient ignores empty list elements (§5.6.1) and, as RFC 7231 allowed, parameters after
//! the weight (`accept-ext`). Anything else that does not parse makes the whole field
//! malformed, and a malformed field counts as absent. Nothing here allocates.

use crate::format::{is_tchar, Format, Json, ProblemJson, Text};
use crate::Problem;

/// A representation of an error the layer can send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Choice {
    /// The body and `Content-Type` the type's own format wrote, untouched.
    Own,
    /// `application/problem+json`.
    Problem,
    /// `application/json`: the problem object under the plain JSON type.
    Json,
    /// `text/plain; charset=utf-8`.
    Text,
}

impl Choice {
    /// The `Content-Type` of a re-rendered body; `None` for [`Choice::Own`].
    pub(crate) fn content_type(self) -> Option<&'static str> {
        match self {
            Choice::Own => None,
            Choice::Problem => Some(ProblemJson::CONTENT_TYPE),
            Choice::Json => Some(Json::CONTENT_TYPE),
            Choice::Text => Some(Text::CONTENT_TYPE),
        }
    }

    /// The body of a re-rendered representation; `None` for [`Choice::Own`].
    pub(crate) fn render(self, problem: &Problem) -> Option<String> {
        match self {
            Choice::Own => None,
            Choice::Problem => Some(ProblemJson::render(problem)),
            Choice::Json => Some(Json::render(problem)),
            Choice::Text => Some(Text::render(problem)),
        }
    }
}

/// A media type that can be offered: its type, subtype and parameters (the raw `;...` text).
struct Offer<'a> {
    choice: Choice,
    kind: &'a [u8],
    subtype: &'a [u8],
    params: &'a [u8],
}

/// The built-in representations, in the order that breaks a tie between them when the type's
/// own format is not among the best: problem details first, the format made for errors.
///
/// JSON is UTF-8 and takes no `charset` (RFC 8259 §11), so `charset=utf-8` in a range asking
/// for JSON is satisfied rather than read as a type we do not have.
const BUILT_IN: [Offer<'static>; 3] = [
    Offer {
        choice: Choice::Problem,
        kind: b"application",
        subtype: b"problem+json",
        params: b";charset=utf-8",
    },
    Offer {
        choice: Choice::Json,
        kind: b"application",
        subtype: b"json",
        params: b";charset=utf-8",
    },
    Offer {
        choice: Choice::Text,
        kind: b"text",
        subtype: b"plain",
        params: b";charset=utf-8",
    },
];

/// The representation to send for an error whose own `Content-Type` is `own`, given the
/// request's `Accept` field lines (`accept` yields each line's value).
///
/// The best q-value wins; a tie keeps the own format when it is among the best, else goes by
/// [`BUILT_IN`]'s order. No `Accept`, a malformed one, or nothing acceptable: the own format.
pub(crate) fn choose<'a, I>(accept: &I, own: &[u8]) -> Choice
where
    I: Iterator<Item = &'a [u8]> + Clone,
{
    if accept.clone().next().is_none() || !well_formed(accept.clone()) {
        return Choice::Own;
    }
    let own = media_type(own);
    let offers = own
        .iter()
        .map(|own| Offer {
            choice: Choice::Own,
            kind: own.kind,
            subtype: own.subtype,
            params: own.params,
        })
        .chain(BUILT_IN.into_iter().filter(|offer| {
            // The own format stands for a built-in type of the same name: its body is that type's.
            own.as_ref().map_or(true, |own| {
                !(own.kind.eq_ignore_ascii_case(offer.kind)
                    && own.subtype.eq_ignore_ascii_case(offer.subtype))
            })
        }));
    let mut best = (Choice::Own, 0);
    for offer in offers {
        let q = quality(accept.clone(), &offer);
        if q > best.1 {
            best = (offer.choice, q);
        }
    }
    best.0
}

/// The q-value, in thousandths, of the most specific range that matches `offer`; 0 when none
/// does (RFC 9110 §12.5.1: "the most specific reference has precedence").
fn quality<'a>(accept: impl Iterator<Item = &'a [u8]>, offer: &Offer<'_>) -> u16 {
    let mut best: Option<(usize, u16)> = None;
    for line in accept {
        let mut elements = Elements(Cursor::new(line));
        while let Some(Ok(range)) = elements.next() {
            if let Some(specificity) = matches(&range, offer) {
                // Among equally specific ranges the first listed counts.
                if best.map_or(true, |(s, _)| specificity > s) {
                    best = Some((specificity, range.q));
                }
            }
        }
    }
    best.map_or(0, |(_, q)| q)
}

/// How specifically `range` names `offer`, when it does: `*/*` 0, `type/*` 1, `type/subtype`
/// 2 plus its parameter count. Every parameter of the range must be one of the offer's.
fn matches(range: &Range<'_>, offer: &Offer<'_>) -> Option<usize> {
    if range.kind == b"*" {
        return Some(0);
    }
    if !range.kind.eq_ignore_ascii_case(offer.kind) {
        return None;
    }
    if range.subtype == b"*" {
        return Some(1);
    }
    if !range.subtype.eq_ignore_ascii_case(offer.subtype) {
        return None;
    }
    let mut count = 0;
    for wanted in Params(Cursor::new(range.params)) {
        let wanted = wanted.ok()?;
        let mut offered = Params(Cursor::new(offer.params));
        if !offered.any(|param| param.is_ok_and(|param| same(&wanted, &param))) {
            return None;
        }
        count += 1;
    }
    Some(2 + count)
}

/// Two parameters are the same: names compare case-insensitively (§5.6.6), a quoted value
/// equals its unquoted form, and `charset` values compare case-insensitively (§8.3.2).
fn same(a: &Param<'_>, b: &Param<'_>) -> bool {
    if !a.name.eq_ignore_ascii_case(b.name) {
        return false;
    }
    let fold = a.name.eq_ignore_ascii_case(b"charset");
    let mut a = a.value.chars();
    let mut b = b.value.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || (fold && x.eq_ignore_ascii_case(&y)) => {}
            _ => return false,
        }
    }
}

/// Every line parses.
fn well_formed<'a>(accept: impl Iterator<Item = &'a [u8]>) -> bool {
    accept
        .into_iter()
        .all(|line| Elements(Cursor::new(line)).all(|element| element.is_ok()))
}

/// A `Content-Type` as an offer: `type/subtype` and parameters, no weight.
fn media_type(value: &[u8]) -> Option<Range<'_>> {
    let mut c = Cursor::new(value);
    let range = range(&mut c)?;
    c.ows();
    (c.at_end() && range.kind != b"*" && range.subtype != b"*" && range.q == 1000).then_some(range)
}

/// One media range with its weight.
#[derive(Debug)]
struct Range<'a> {
    kind: &'a [u8],
    subtype: &'a [u8],
    /// The parameters before the weight, as written (`;a=b ; c="d"`).
    params: &'a [u8],
    /// The weight in thousandths, 1000 when there is none.
    q: u16,
}

/// The elements of one field line; `Err` for a malformed one, after which it yields nothing.
struct Elements<'a>(Cursor<'a>);

impl<'a> Iterator for Elements<'a> {
    type Item = Result<Range<'a>, ()>;

    fn next(&mut self) -> Option<Self::Item> {
        let c = &mut self.0;
        loop {
            c.ows();
            if c.at_end() {
                return None;
            }
            // An empty element: `a/b, , c/d`.
            if !c.eat(b',') {
                break;
            }
        }
        let Some(range) = range(c) else {
            c.finish();
            return Some(Err(()));
        };
        c.ows();
        if c.at_end() || c.eat(b',') {
            Some(Ok(range))
        } else {
            c.finish();
            Some(Err(()))
        }
    }
}

/// `media-range [ weight ] *accept-ext`, up to (not including) the OWS before the next comma.
fn range<'a>(c: &mut Cursor<'a>) -> Option<Range<'a>> {
    let kind = c.token();
    if kind.is_empty() || !c.eat(b'/') {
        return None;
    }
    let subtype = c.token();
    if subtype.is_empty() || (kind == b"*" && subtype != b"*") {
        return None;
    }
    let start = c.at;
    let mut end = None;
    let mut q = 1000;
    loop {
        let before = c.at;
        c.ows();
        if !c.eat(b';') {
            c.at = before;
            break;
        }
        c.ows();
        // An empty parameter: `a/b;;c=d`, `a/b;`.
        if c.at_end() || matches!(c.peek(), Some(b';' | b',')) {
            continue;
        }
        let param = param(c)?;
        if param.name.eq_ignore_ascii_case(b"q") {
            if end.is_some() || param.value.quoted {
                return None;
            }
            q = qvalue(param.value.raw)?;
            end = Some(before);
        }
    }
    let params = &c.bytes[start..end.unwrap_or(c.at)];
    Some(Range {
        kind,
        subtype,
        params,
        q,
    })
}

/// `qvalue`, in thousandths.
fn qvalue(v: &[u8]) -> Option<u16> {
    let (first, rest) = v.split_first()?;
    let decimals = match rest.split_first() {
        None => &[][..],
        Some((b'.', decimals)) if decimals.len() <= 3 => decimals,
        Some(_) => return None,
    };
    let mut q: u16 = match first {
        b'0' => 0,
        b'1' if decimals.iter().all(|&d| d == b'0') => 1,
        _ => return None,
    };
    for place in 0..3 {
        let digit = match decimals.get(place) {
            Some(d) if d.is_ascii_digit() => u16::from(d - b'0'),
            Some(_) => return None,
            None => 0,
        };
        q = q * 10 + digit;
    }
    Some(q)
}

/// A parameter: `name=value`, with no whitespace around `=` (§5.6.6).
struct Param<'a> {
    name: &'a [u8],
    value: Value<'a>,
}

fn param<'a>(c: &mut Cursor<'a>) -> Option<Param<'a>> {
    let name = c.token();
    if name.is_empty() || !c.eat(b'=') {
        return None;
    }
    let value = if c.peek() == Some(b'"') {
        Value {
            raw: c.quoted()?,
            quoted: true,
        }
    } else {
        let raw = c.token();
        if raw.is_empty() {
            return None;
        }
        Value { raw, quoted: false }
    };
    Some(Param { name, value })
}

/// The parameters of a `params` slice that [`range`] has already read.
struct Params<'a>(Cursor<'a>);

impl<'a> Iterator for Params<'a> {
    type Item = Result<Param<'a>, ()>;

    fn next(&mut self) -> Option<Self::Item> {
        let c = &mut self.0;
        loop {
            c.ows();
            if c.at_end() {
                return None;
            }
            if !c.eat(b';') {
                c.finish();
                return Some(Err(()));
            }
            c.ows();
            if !c.at_end() && c.peek() != Some(b';') {
                break;
            }
        }
        Some(param(c).ok_or(()))
    }
}

/// A parameter value as written: a token, or the inside of a quoted-string with its escapes.
struct Value<'a> {
    raw: &'a [u8],
    quoted: bool,
}

impl Value<'_> {
    /// The value's bytes, escapes resolved.
    fn chars(&self) -> impl Iterator<Item = u8> + '_ {
        let mut escaped = false;
        self.raw.iter().filter_map(move |&b| {
            if self.quoted && !escaped && b == b'\\' {
                escaped = true;
                return None;
            }
            escaped = false;
            Some(b)
        })
    }
}

/// A position in a field value.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Cursor { bytes, at: 0 }
    }

    fn at_end(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.at += 1;
        }
        hit
    }

    /// Stops the iteration after an error.
    fn finish(&mut self) {
        self.at = self.bytes.len();
    }

    fn ows(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    fn token(&mut self) -> &'a [u8] {
        let start = self.at;
        while self.peek().is_some_and(is_tchar) {
            self.at += 1;
        }
        &self.bytes[start..self.at]
    }

    /// A quoted-string (§5.6.4); returns what is between the quotes, escapes kept.
    fn quoted(&mut self) -> Option<&'a [u8]> {
        if !self.eat(b'"') {
            return None;
        }
        let start = self.at;
        loop {
            match self.peek()? {
                b'"' => {
                    let inside = &self.bytes[start..self.at];
                    self.at += 1;
                    return Some(inside);
                }
                b'\\' => {
                    let escaped = *self.bytes.get(self.at + 1)?;
                    if !(escaped == b'\t' || escaped == b' ' || escaped >= 0x21) || escaped == 0x7f
                    {
                        return None;
                    }
                    self.at += 2;
                }
                b if b == b'\t'
                    || b == b' '
                    || b == 0x21
                    || (0x23..=0x7e).contains(&b)
                    || b >= 0x80 =>
                {
                    self.at += 1;
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{choose, qvalue, Choice};

    const TEXT: &[u8] = b"text/plain; charset=utf-8";
    const PROBLEM: &[u8] = b"application/problem+json";

    fn pick(lines: &[&str], own: &[u8]) -> Choice {
        choose(&lines.iter().map(|line| line.as_bytes()), own)
    }

    #[test]
    fn qvalues() {
        for (text, q) in [
            ("0", 0),
            ("0.", 0),
            ("0.5", 500),
            ("0.05", 50),
            ("0.001", 1),
            ("0.999", 999),
            ("1", 1000),
            ("1.", 1000),
            ("1.000", 1000),
        ] {
            assert_eq!(qvalue(text.as_bytes()), Some(q), "{text}");
        }
        for bad in [
            "", "2", "1.001", "0.1234", "-0", ".5", "0,5", "1.0a", "0.a", "01",
        ] {
            assert_eq!(qvalue(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn absent_empty_and_malformed_keep_the_own_format() {
        assert_eq!(pick(&[], TEXT), Choice::Own);
        assert_eq!(pick(&[""], TEXT), Choice::Own);
        assert_eq!(pick(&[" , ,"], TEXT), Choice::Own);
        for malformed in [
            "application/json;q=2",
            "application/json;q=0.1234",
            "application/json;q=\"0.5\"",
            "application/json;q=0.5;q=0.4",
            "application/json; q = 0.5",
            "application/json;q",
            "application",
            "application/",
            "/json",
            "*/json",
            "*",
            "application/json text/plain",
            "application/json;charset=\"utf-8",
            "application/json;=x",
            "application/json, tëxt/plain",
            "application/json;a=\"\u{1}\"",
        ] {
            assert_eq!(pick(&[malformed], TEXT), Choice::Own, "{malformed:?}");
            // One malformed line spoils the field.
            assert_eq!(
                pick(&["application/json", malformed], TEXT),
                Choice::Own,
                "{malformed:?} on a second line"
            );
        }
    }

    #[test]
    fn exact_types() {
        assert_eq!(pick(&["application/json"], TEXT), Choice::Json);
        assert_eq!(pick(&["APPLICATION/JSON"], TEXT), Choice::Json);
        assert_eq!(pick(&["application/problem+json"], TEXT), Choice::Problem);
        assert_eq!(pick(&["text/plain"], PROBLEM), Choice::Text);
        assert_eq!(pick(&["text/plain"], TEXT), Choice::Own);
        assert_eq!(pick(&["application/problem+json"], PROBLEM), Choice::Own);
        // application/json does not match application/problem+json (nor the reverse).
        assert_eq!(pick(&["application/json"], PROBLEM), Choice::Json);
    }

    #[test]
    fn weights_order_the_types() {
        assert_eq!(
            pick(&["application/json;q=0.4, text/plain;q=0.9"], PROBLEM),
            Choice::Text
        );
        assert_eq!(
            pick(
                &["text/plain;q=0.3, application/problem+json;q=0.1, application/json;q=0.2"],
                TEXT
            ),
            Choice::Own
        );
        assert_eq!(
            pick(&["text/plain;q=0.001, application/json;q=0.002"], TEXT),
            Choice::Json
        );
        // Ties: the own format, else problem details, then JSON.
        assert_eq!(
            pick(&["application/json, application/problem+json"], TEXT),
            Choice::Problem
        );
        assert_eq!(pick(&["application/json, text/plain"], TEXT), Choice::Own);
        assert_eq!(pick(&["*/*"], TEXT), Choice::Own);
        assert_eq!(pick(&["*/*"], PROBLEM), Choice::Own);
    }

    #[test]
    fn wildcards_and_specificity() {
        assert_eq!(pick(&["application/*"], TEXT), Choice::Problem);
        assert_eq!(pick(&["application/*"], PROBLEM), Choice::Own);
        assert_eq!(pick(&["text/*"], PROBLEM), Choice::Text);
        assert_eq!(
            pick(&["*/*;q=0.9, text/*;q=0.1, application/json;q=0.95"], TEXT),
            Choice::Json
        );
        assert_eq!(
            pick(&["*/*;q=0.9, text/*;q=0.1, application/json;q=0.5"], TEXT),
            Choice::Problem
        );
        // Of equally specific ranges, the first listed counts.
        assert_eq!(
            pick(
                &["application/problem+json;q=0, */*, application/problem+json"],
                PROBLEM
            ),
            Choice::Json
        );
        // The more specific range wins even when it comes later or weighs less.
        assert_eq!(
            pick(
                &["text/plain;q=0.2, text/plain;charset=utf-8;q=0.1, */*;q=0.15"],
                TEXT
            ),
            Choice::Problem
        );
    }

    #[test]
    fn zero_is_not_acceptable() {
        assert_eq!(pick(&["text/plain;q=0, */*"], TEXT), Choice::Problem);
        assert_eq!(pick(&["*/*;q=0"], TEXT), Choice::Own);
        assert_eq!(pick(&["application/*;q=0, */*;q=0.1"], TEXT), Choice::Own);
        assert_eq!(
            pick(&["application/*;q=0, text/*;q=0"], PROBLEM),
            Choice::Own
        );
        assert_eq!(
            pick(&["application/problem+json;q=0, application/*"], TEXT),
            Choice::Json
        );
        assert_eq!(pick(&["image/png"], TEXT), Choice::Own);
    }

    #[test]
    fn parameters() {
        assert_eq!(pick(&["text/plain;charset=utf-8"], PROBLEM), Choice::Text);
        assert_eq!(
            pick(&["text/plain;charset=\"UTF-8\""], PROBLEM),
            Choice::Text
        );
        assert_eq!(
            pick(&["text/plain;charset=iso-8859-1"], PROBLEM),
            Choice::Own
        );
        assert_eq!(pick(&["text/plain;format=flowed"], PROBLEM), Choice::Own);
        assert_eq!(
            pick(&["application/json; charset=utf-8"], TEXT),
            Choice::Json
        );
        assert_eq!(pick(&["text/plain;;charset=utf-8;"], PROBLEM), Choice::Text);
        // A comma inside a quoted value does not end the element.
        assert_eq!(
            pick(&["text/plain;x=\"a,b\", application/json"], TEXT),
            Choice::Json
        );
        // accept-ext after the weight (RFC 7231) is read and ignored.
        assert_eq!(
            pick(&["application/json;q=0.5;level=1, text/plain;q=0.4"], TEXT),
            Choice::Json
        );
    }

    #[test]
    fn lines_and_empty_elements() {
        assert_eq!(
            pick(&["text/plain;q=0.1", "application/json"], TEXT),
            Choice::Json
        );
        assert_eq!(pick(&[", ,application/json,,"], TEXT), Choice::Json);
    }

    #[test]
    fn an_own_format_of_the_application() {
        let own = b"application/vnd.api+json";
        assert_eq!(pick(&["application/vnd.api+json"], own), Choice::Own);
        assert_eq!(pick(&["application/json"], own), Choice::Json);
        assert_eq!(pick(&["application/*"], own), Choice::Own);
        // An own format under application/json stands for the JSON type.
        assert_eq!(
            pick(&["application/json"], b"application/json"),
            Choice::Own
        );
        assert_eq!(pick(&["application/*"], b"application/json"), Choice::Own);
        assert_eq!(
            pick(&["application/problem+json"], b"application/json"),
            Choice::Problem
        );
        // A content type that does not parse is still the fallback.
        assert_eq!(pick(&["image/png"], b"not a type"), Choice::Own);
        assert_eq!(pick(&["application/json"], b"not a type"), Choice::Json);
    }
}
