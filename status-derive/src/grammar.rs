//! Header grammars from RFC 9110 and its companions, checked on the strings a user writes in
//! `#[status(...)]`. No syn here: each function takes the literal's text and says what is wrong.

/// The result of a check: `Err` carries the whole diagnostic message.
pub type Check = Result<(), String>;

/// The date every IMF-fixdate message shows as the model to copy.
const IMF_EXAMPLE: &str = "Sun, 06 Nov 1994 08:49:37 GMT";

/// Day names in weekday order, Sunday first (the order `weekday` returns).
const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Whether `s` is a token: one or more tchar, RFC 9110 §5.6.2.
///
/// tchar is a letter, a digit or one of ``!#$%&'*+-.^_`|~``.
#[must_use]
pub fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_tchar)
}

/// Checks a field name: a token, RFC 9110 §5.1.
///
/// # Errors
///
/// When `s` is empty or holds a character outside tchar (a space, a colon, non-ASCII...).
pub fn field_name(s: &str) -> Check {
    if s.is_empty() {
        return Err(
            "expected a field name, found an empty string: a field name is a token such as \
             `X-Request-Id` (RFC 9110 §5.1)"
                .to_owned(),
        );
    }
    let bad = s.chars().find(|&c| !u8::try_from(c).is_ok_and(is_tchar));
    match bad {
        Some(c) => Err(format!(
            "field name contains {}: expected a token such as `X-Request-Id` (RFC 9110 §5.1, §5.6.2)",
            show_char(c)
        )),
        None => Ok(()),
    }
}

/// Checks what a sender may write as a field value, RFC 9110 §5.5.
///
/// Visible ASCII, spaces and tabs only; no CR, LF, NUL or other control character; no space or
/// tab at either end. The empty value is fine.
///
/// # Errors
///
/// On the first forbidden character, or on leading or trailing whitespace.
pub fn field_value(s: &str) -> Check {
    for c in s.chars() {
        match c {
            '\r' | '\n' => {
                return Err(
                    "field value contains CR or LF: expected a single line of visible \
                            ASCII, spaces and tabs (RFC 9110 §5.5)"
                        .to_owned(),
                );
            }
            '\0' => {
                return Err(
                    "field value contains a NUL character: expected visible ASCII, \
                            spaces and tabs (RFC 9110 §5.5)"
                        .to_owned(),
                );
            }
            '\t' => {}
            c if c.is_ascii_control() => {
                return Err(format!(
                    "field value contains the control character {}: expected visible ASCII, \
                     spaces and tabs (RFC 9110 §5.5)",
                    show_char(c)
                ));
            }
            c if !c.is_ascii() => {
                return Err(format!(
                    "field value contains the non-ASCII character {}: expected visible ASCII, \
                     spaces and tabs (RFC 9110 §5.5)",
                    show_char(c)
                ));
            }
            _ => {}
        }
    }
    if s.starts_with([' ', '\t']) {
        return Err(
            "field value starts with whitespace: remove the leading space or tab (RFC 9110 §5.5)"
                .to_owned(),
        );
    }
    if s.ends_with([' ', '\t']) {
        return Err(
            "field value ends with whitespace: remove the trailing space or tab (RFC 9110 §5.5)"
                .to_owned(),
        );
    }
    Ok(())
}

/// Checks exactly one challenge for `WWW-Authenticate` or `Proxy-Authenticate`, RFC 9110 §11.3.
///
/// challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ], with the sender's rules on top:
/// no whitespace around `=` (§5.6.3), each parameter name once (§11.2), `realm` quoted (§11.5),
/// `Basic` with a realm (RFC 7617 §2), `Bearer` with at least one auth-param (RFC 6750 §3), and
/// one challenge per field line (§11.6.1).
///
/// # Errors
///
/// When `s` is not one well-formed challenge, or breaks one of the rules above.
pub fn challenge(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(
            "expected a challenge such as `Basic realm=\"api\"` (RFC 9110 §11.3)".to_owned(),
        );
    }
    let segments = split_list(s);
    let first = segments.first().copied().unwrap_or("");
    let mut c = Cursor::new(first);
    let scheme = c.take_while(is_tchar);
    if scheme.is_empty() {
        return Err(format!(
            "`{s}` does not start with an auth-scheme: expected a challenge such as \
             `Basic realm=\"api\"` (RFC 9110 §11.3)"
        ));
    }
    let mut names: Vec<String> = Vec::new();
    let form = match c.peek() {
        None => Form::Bare,
        Some(b' ') => {
            c.take_while(|b| b == b' ');
            let rest = trim_ows(c.rest());
            if rest.is_empty() {
                return Err(empty_element("the challenge"));
            }
            if is_token68(rest) {
                Form::Token68
            } else {
                auth_param(rest, &mut names)?;
                Form::Params
            }
        }
        Some(b'\t') => {
            return Err(format!(
                "a tab follows the auth-scheme `{scheme}`: separate it from its parameters with \
                 a space (RFC 9110 §11.3)"
            ));
        }
        Some(b'=') => {
            return Err(format!(
                "`{s}` lacks an auth-scheme: expected a challenge such as `Basic realm=\"api\"` \
                 (RFC 9110 §11.3)"
            ));
        }
        Some(_) => {
            return Err(format!(
                "`{}` is not an auth-scheme: expected a token such as `Basic` (RFC 9110 §11.1, \
                 §5.6.2)",
                first.split(' ').next().unwrap_or(first)
            ));
        }
    };
    for segment in segments.iter().skip(1) {
        let element = trim_ows(segment);
        if element.is_empty() {
            return Err(empty_element("the challenge"));
        }
        if let Some(next) = starts_challenge(element) {
            return Err(format!(
                "`{next}` starts a second challenge: write one challenge per attribute and \
                 repeat the key, one field line per challenge (RFC 9110 §11.6.1)"
            ));
        }
        match form {
            Form::Bare => {
                return Err(format!(
                    "`{element}` follows the auth-scheme after a comma: separate the scheme from \
                     its first parameter with a space, as in `{scheme} {element}` (RFC 9110 §11.3)"
                ));
            }
            Form::Token68 => {
                return Err(format!(
                    "`{element}` follows a token68: a challenge carries either one token68 or \
                     auth-params, not both (RFC 9110 §11.3)"
                ));
            }
            Form::Params => auth_param(element, &mut names)?,
        }
    }
    scheme_rules(scheme, form, &names)
}

/// Checks an `Allow` value, RFC 9110 §10.2.1: `#method`, method = token. The empty list is legal.
///
/// # Errors
///
/// On an empty list element or an element that is not a token.
pub fn allow(s: &str) -> Check {
    field_value(s)?;
    for method in elements(s, "Allow")? {
        if method.contains([' ', '\t']) {
            return Err(format!(
                "`{method}` is not a method: separate methods with commas, as in `GET, HEAD` \
                 (RFC 9110 §10.2.1)"
            ));
        }
        if !is_token(method) {
            return Err(format!(
                "`{method}` is not a method: expected a token such as `GET` (RFC 9110 §10.2.1, \
                 §5.6.2)"
            ));
        }
    }
    Ok(())
}

/// Checks delay-seconds, RFC 9110 §10.2.3: one or more digits, nothing else.
///
/// # Errors
///
/// When `s` is empty or holds anything but ASCII digits (a sign, a decimal point, spaces).
pub fn delay_seconds(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(
            "expected delay-seconds, a whole number of seconds such as `120` (RFC 9110 §10.2.3)"
                .to_owned(),
        );
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "`{s}` is not delay-seconds: expected digits only, a whole number of seconds such as \
             `120` (RFC 9110 §10.2.3)"
        ));
    }
    Ok(())
}

/// Checks an IMF-fixdate, RFC 9110 §5.6.7, such as `Sun, 06 Nov 1994 08:49:37 GMT`.
///
/// Case-sensitive and exactly 29 characters; the date must exist and the day-name must match
/// it. The obsolete RFC 850 and asctime formats are refused: a sender writes IMF-fixdate only.
///
/// # Errors
///
/// On any departure from the format, an impossible date or a wrong day-name.
pub fn imf_fixdate(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(format!(
            "expected an IMF-fixdate such as `{IMF_EXAMPLE}` (RFC 9110 §5.6.7)"
        ));
    }
    let fail = |reason: String| -> Check {
        Err(format!(
            "{reason}; a date is written as an IMF-fixdate such as `{IMF_EXAMPLE}` (RFC 9110 §5.6.7)"
        ))
    };
    if DAY_NAMES.iter().any(|d| s.starts_with(&format!("{d},"))) {
        return fail(format!("`{s}` is in the obsolete RFC 850 format"));
    }
    if DAYS.iter().any(|d| s.starts_with(&format!("{d} "))) {
        return fail(format!("`{s}` is in the obsolete asctime format"));
    }
    let mut c = Cursor::new(s);
    let day_name = c.take_while(|b| b.is_ascii_alphabetic());
    let Some(written) = DAYS.iter().position(|d| *d == day_name) else {
        return fail(format!(
            "`{s}` does not start with a day-name, `Mon` to `Sun` (case-sensitive)"
        ));
    };
    if !(c.eat(b',') && c.eat(b' ')) {
        return fail("the day-name must be followed by a comma and one space".to_owned());
    }
    let day = c.take_while(|b| b.is_ascii_digit());
    if day.len() != 2 {
        return fail(format!(
            "`{day}` is not a two-digit day of the month such as `06`"
        ));
    }
    if !c.eat(b' ') {
        return fail("expected one space after the day of the month".to_owned());
    }
    let month_name = c.take_while(|b| b.is_ascii_alphabetic());
    let Some(month) = MONTHS.iter().position(|m| *m == month_name) else {
        return fail(format!(
            "`{month_name}` is not a month: expected `Jan` to `Dec` (case-sensitive)"
        ));
    };
    if !c.eat(b' ') {
        return fail("expected one space after the month".to_owned());
    }
    let year = c.take_while(|b| b.is_ascii_digit());
    if year.len() != 4 {
        return fail(format!(
            "`{year}` is not a year: expected four digits, as in `1994`"
        ));
    }
    if !c.eat(b' ') {
        return fail("expected one space after the year".to_owned());
    }
    let time = c.take_while(|b| b.is_ascii_digit() || b == b':');
    let parts: Vec<&str> = time.split(':').collect();
    let [hour, minute, second] = parts.as_slice() else {
        return fail(format!(
            "`{time}` is not a time of day: expected `hh:mm:ss`, as in `08:49:37`"
        ));
    };
    if [hour, minute, second].iter().any(|p| p.len() != 2) {
        return fail(format!(
            "`{time}` is not a time of day: expected `hh:mm:ss`, as in `08:49:37`"
        ));
    }
    for (part, name, max) in [
        (hour, "hour", 23),
        (minute, "minute", 59),
        (second, "second", 60),
    ] {
        if number(part) > max {
            return fail(format!(
                "{name} `{part}` is out of range: expected 00 to {max}"
            ));
        }
    }
    if !c.eat(b' ') || c.rest() != "GMT" {
        return fail(format!(
            "the time must be followed by one space and `GMT`, found `{}`",
            c.rest()
        ));
    }
    let (day_n, month_n, year_n) = (number(day), month + 1, number(year));
    if day_n == 0 || day_n > days_in_month(year_n, month_n) {
        return fail(format!("`{day} {month_name} {year}` does not exist"));
    }
    let actual = weekday(year_n, month_n, day_n);
    if actual != written {
        let right = DAYS.get(actual).copied().unwrap_or("");
        return Err(format!(
            "`{day_name}` is the wrong day-name: {day} {month_name} {year} is a {}, so write \
             `{right}{}` (RFC 9110 §5.6.7)",
            DAY_NAMES.get(actual).copied().unwrap_or(""),
            s.get(3..).unwrap_or("")
        ));
    }
    Ok(())
}

/// Checks a `Retry-After` value, RFC 9110 §10.2.3: delay-seconds or an IMF-fixdate.
///
/// # Errors
///
/// When `s` is neither; a value that starts like one of them gets that one's message.
pub fn retry_after(s: &str) -> Check {
    field_value(s)?;
    match s.bytes().next() {
        Some(b) if b.is_ascii_digit() => delay_seconds(s),
        Some(b) if b.is_ascii_alphabetic() => imf_fixdate(s),
        Some(_) => Err(format!(
            "`{s}` is neither delay-seconds such as `120` nor an IMF-fixdate such as \
             `{IMF_EXAMPLE}` (RFC 9110 §10.2.3)"
        )),
        None => Err(format!(
            "expected delay-seconds such as `120` or an IMF-fixdate such as `{IMF_EXAMPLE}` \
             (RFC 9110 §10.2.3)"
        )),
    }
}

/// Checks an `Accept` value, RFC 9110 §12.5.1: `#( media-range [ weight ] )`.
///
/// Parameters take no whitespace around `=` (§5.6.6), the weight is a qvalue (§12.4.2) and ends
/// its element. The empty list is accepted.
///
/// # Errors
///
/// On an empty list element, a malformed media range, parameter or weight.
pub fn accept(s: &str) -> Check {
    field_value(s)?;
    for element in elements(s, "Accept")? {
        media_range(element)?;
    }
    Ok(())
}

/// Checks an `Accept-Encoding` value, RFC 9110 §12.5.3: `#( codings [ weight ] )`.
///
/// codings is a content-coding token, `identity` or `*`; the empty list is legal.
///
/// # Errors
///
/// On an empty list element, a coding that is not a token, a parameter other than the weight,
/// or a bad qvalue.
pub fn accept_encoding(s: &str) -> Check {
    field_value(s)?;
    for element in elements(s, "Accept-Encoding")? {
        coding(element)?;
    }
    Ok(())
}

/// Checks an `Upgrade` value, RFC 9110 §7.8: `#protocol`, protocol = token [ "/" token ].
///
/// At least one protocol is required: a 426 response names what the client must switch to.
///
/// # Errors
///
/// When `s` is empty, has an empty list element or an element that is not a protocol.
pub fn upgrade(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(
            "expected at least one protocol, such as `websocket` or `HTTP/2.0` (RFC 9110 §7.8)"
                .to_owned(),
        );
    }
    for protocol in elements(s, "Upgrade")? {
        if protocol.contains([' ', '\t']) {
            return Err(format!(
                "`{protocol}` is not a protocol: separate protocols with commas, as in \
                 `HTTP/2.0, websocket` (RFC 9110 §7.8)"
            ));
        }
        let ok = match protocol.split_once('/') {
            Some((name, version)) => is_token(name) && is_token(version),
            None => is_token(protocol),
        };
        if !ok {
            return Err(format!(
                "`{protocol}` is not a protocol: expected a token with an optional `/version`, \
                 as in `websocket` or `HTTP/2.0` (RFC 9110 §7.8)"
            ));
        }
    }
    Ok(())
}

/// Checks the `Content-Range` of a 416 response, RFC 9110 §14.4: exactly `bytes */` and the
/// complete length in digits, as in `bytes */1234`.
///
/// # Errors
///
/// On anything else, including a satisfied range such as `bytes 0-10/1234`.
pub fn content_range_unsatisfied(s: &str) -> Check {
    field_value(s)?;
    let ok = s
        .strip_prefix("bytes */")
        .is_some_and(|length| !length.is_empty() && length.bytes().all(|b| b.is_ascii_digit()));
    if ok {
        return Ok(());
    }
    if s.is_empty() {
        return Err(
            "expected `bytes */` and the complete length, as in `bytes */1234` \
                    (RFC 9110 §14.4)"
                .to_owned(),
        );
    }
    Err(format!(
        "`{s}` is not an unsatisfied range: expected `bytes */` and the complete length, as in \
         `bytes */1234` (RFC 9110 §14.4)"
    ))
}

/// Checks the characters of a URI reference for `Link: <uri>` (RFC 8288 §3, RFC 3986 §4.1).
///
/// Non-empty; only unreserved, reserved and percent-encoded characters, so no spaces, `<`, `>`
/// or `"`. The structure of the URI is not checked.
///
/// # Errors
///
/// When `s` is empty, holds a character a URI cannot, or a `%` not followed by two hex digits.
pub fn uri_reference(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(
            "expected a URI reference such as `https://example.org/legal`, found an \
                    empty string (RFC 3986 §4.1, RFC 8288 §3)"
                .to_owned(),
        );
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return Err(format!(
                    "`{}` is not a percent-encoding: `%` is followed by two hex digits, as in \
                     `%20` (RFC 3986 §2.1)",
                    s.get(i..(i + 3).min(s.len())).unwrap_or("%")
                ));
            }
            i += 3;
        } else if b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b) {
            i += 1;
        } else {
            return Err(format!(
                "{} is not allowed in a URI reference: percent-encode it as `%{b:02X}` \
                 (RFC 3986 §2, RFC 8288 §3)",
                show_char(char::from(b))
            ));
        }
    }
    Ok(())
}

/// The methods of a valid `Allow` value that contain a lower-case ASCII letter, in order.
///
/// Methods are case-sensitive (RFC 9110 §9.1), so `get` is not `GET`: the caller warns. An
/// invalid value yields nothing; [`allow`] reports it.
#[must_use]
pub fn lowercase_methods(s: &str) -> Vec<String> {
    if allow(s).is_err() {
        return Vec::new();
    }
    s.split(',')
        .map(trim_ows)
        .filter(|m| m.bytes().any(|b| b.is_ascii_lowercase()))
        .map(str::to_owned)
        .collect()
}

/// What follows the auth-scheme in the first element of a challenge.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Bare,
    Token68,
    Params,
}

/// A byte cursor over ASCII text; every slice goes through `str::get`, so it cannot panic.
struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Self {
        Cursor { s, i: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn at_end(&self) -> bool {
        self.i >= self.s.len()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.i += 1;
        }
        hit
    }

    fn take_while(&mut self, f: impl Fn(u8) -> bool) -> &'a str {
        let start = self.i;
        while self.peek().is_some_and(&f) {
            self.i += 1;
        }
        self.slice(start, self.i)
    }

    /// Skips optional whitespace and says whether there was any.
    fn skip_ows(&mut self) -> bool {
        !self.take_while(is_ows).is_empty()
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.s.get(from..to).unwrap_or("")
    }

    fn rest(&self) -> &'a str {
        self.s.get(self.i..).unwrap_or("")
    }
}

/// A `name=value` parameter; `value` keeps the quotes of a quoted-string.
struct Param<'a> {
    name: &'a str,
    value: &'a str,
    quoted: bool,
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn is_ows(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

fn trim_ows(s: &str) -> &str {
    s.trim_matches([' ', '\t'])
}

/// Names a character for a message: spaces and control characters are spelt out.
fn show_char(c: char) -> String {
    match c {
        ' ' => "a space".to_owned(),
        '\t' => "a tab".to_owned(),
        c if c.is_control() => format!("U+{:04X}", u32::from(c)),
        c => format!("`{c}`"),
    }
}

fn empty_element(what: &str) -> String {
    format!("empty list element in {what}: remove the extra comma (RFC 9110 §5.6.1)")
}

/// What the Basic (RFC 7617 §2) and Bearer (RFC 6750 §3) schemes add to the challenge grammar.
fn scheme_rules(scheme: &str, form: Form, names: &[String]) -> Check {
    if scheme.eq_ignore_ascii_case("Basic") {
        if form == Form::Token68 {
            return Err(format!(
                "Basic takes a realm parameter, not a token68: write `{scheme} realm=\"api\"` \
                 (RFC 7617 §2)"
            ));
        }
        if !names.iter().any(|n| n == "realm") {
            return Err(
                "Basic requires a realm parameter, as in Basic realm=\"api\" (RFC 7617 §2)"
                    .to_owned(),
            );
        }
    }
    if scheme.eq_ignore_ascii_case("Bearer") {
        match form {
            Form::Bare => {
                return Err("Bearer must be followed by at least one auth-param, as in \
                            Bearer realm=\"api\" (RFC 6750 §3)"
                    .to_owned());
            }
            Form::Token68 => {
                return Err("Bearer takes auth-params, not a token68, as in \
                            Bearer realm=\"api\" (RFC 6750 §3)"
                    .to_owned());
            }
            Form::Params => {}
        }
    }
    Ok(())
}

/// Splits at the commas outside quoted-strings, RFC 9110 §5.6.1; elements keep their OWS.
fn split_list(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, b) in s.bytes().enumerate() {
        if quoted {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                quoted = false;
            }
        } else if b == b'"' {
            quoted = true;
        } else if b == b',' {
            out.push(s.get(start..i).unwrap_or(""));
            start = i + 1;
        }
    }
    out.push(s.get(start..).unwrap_or(""));
    out
}

/// The trimmed elements of a list header; the empty value is the empty list.
fn elements<'a>(s: &'a str, header: &str) -> Result<Vec<&'a str>, String> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = split_list(s).into_iter().map(trim_ows).collect();
    if items.iter().any(|e| e.is_empty()) {
        return Err(empty_element(header));
    }
    Ok(items)
}

/// token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=", RFC 9110 §11.2.
fn is_token68(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    !body.is_empty()
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~+/".contains(&b))
}

/// The scheme, when a list element after a comma is the start of another challenge: a token
/// alone, or a token and a space not followed by `=`.
fn starts_challenge(element: &str) -> Option<&str> {
    let mut c = Cursor::new(element);
    let name = c.take_while(is_tchar);
    if name.is_empty() {
        return None;
    }
    if c.at_end() {
        return Some(name);
    }
    if c.peek() == Some(b' ') {
        c.skip_ows();
        if c.peek() != Some(b'=') {
            return Some(name);
        }
    }
    None
}

/// Parses one auth-param that must fill `element`, and records its name.
fn auth_param(element: &str, names: &mut Vec<String>) -> Check {
    let mut c = Cursor::new(element);
    let p = param(&mut c, "RFC 9110 §11.2, §5.6.3")?;
    if !c.at_end() {
        return Err(format!(
            "unexpected `{}` after `{}={}`: separate auth-params with commas (RFC 9110 §11.2)",
            trim_ows(c.rest()),
            p.name,
            p.value
        ));
    }
    let name = p.name.to_ascii_lowercase();
    if name == "realm" && !p.quoted {
        return Err(
            "realm must be a quoted-string, as in realm=\"api\" (RFC 9110 §11.5)".to_owned(),
        );
    }
    if names.contains(&name) {
        return Err(format!(
            "parameter `{}` appears more than once in the challenge: give each parameter once \
             (RFC 9110 §11.2)",
            p.name
        ));
    }
    names.push(name);
    Ok(())
}

/// Parses `token "=" ( token / quoted-string )` at the cursor; `cite` goes in the parentheses of
/// the whitespace message.
fn param<'a>(c: &mut Cursor<'a>, cite: &str) -> Result<Param<'a>, String> {
    let name = c.take_while(is_tchar);
    if name.is_empty() {
        return Err(format!(
            "expected a parameter `name=value`, found `{}` ({cite})",
            c.rest()
        ));
    }
    let space_before = c.skip_ows();
    if !c.eat(b'=') {
        return Err(format!(
            "expected `=` and a value after the parameter name `{name}`, as in `{name}=value` \
             ({cite})"
        ));
    }
    let space_after = c.skip_ows();
    let start = c.i;
    let quoted = c.peek() == Some(b'"');
    let value_result = if quoted {
        quoted_string(c)
    } else {
        c.take_while(is_tchar);
        Ok(())
    };
    let value = c.slice(start, c.i);
    if space_before || space_after {
        let shown = if value.is_empty() { "value" } else { value };
        return Err(format!(
            "whitespace around `=` after `{name}`: write `{name}={shown}` with no spaces ({cite})"
        ));
    }
    value_result?;
    if value.is_empty() {
        return Err(match c.peek() {
            None | Some(b',' | b';') => format!(
                "parameter `{name}` has no value: expected a token or a quoted-string after `=` \
                 ({cite})"
            ),
            Some(_) => format!(
                "`{}` is not a token or a quoted-string: quote the value of `{name}` ({cite})",
                c.rest()
            ),
        });
    }
    Ok(Param {
        name,
        value,
        quoted,
    })
}

/// quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE, RFC 9110 §5.6.4; the cursor is on
/// the opening quote.
fn quoted_string(c: &mut Cursor<'_>) -> Check {
    let start = c.i;
    c.eat(b'"');
    let text = |b: u8| b == b'\t' || b == b' ' || (0x21..=0x7e).contains(&b) || b >= 0x80;
    loop {
        match c.peek() {
            None => {
                return Err(format!(
                    "unterminated quoted-string `{}`: add the closing `\"` (RFC 9110 §5.6.4)",
                    c.slice(start, c.i)
                ));
            }
            Some(b'"') => {
                c.i += 1;
                return Ok(());
            }
            Some(b'\\') => {
                c.i += 1;
                match c.peek() {
                    Some(b) if text(b) => c.i += 1,
                    None => {}
                    Some(b) => {
                        return Err(format!(
                            "`\\` escapes {} in a quoted-string: expected a visible character, \
                             a space or a tab (RFC 9110 §5.6.4)",
                            show_char(char::from(b))
                        ));
                    }
                }
            }
            Some(b) if text(b) => c.i += 1,
            Some(b) => {
                return Err(format!(
                    "a quoted-string contains {}: expected visible characters, spaces and tabs \
                     (RFC 9110 §5.6.4)",
                    show_char(char::from(b))
                ));
            }
        }
    }
}

/// qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ), RFC 9110 §12.4.2.
fn is_qvalue(v: &str) -> bool {
    let decimals = |rest: &[u8], digit: fn(&u8) -> bool| match rest.split_first() {
        None => true,
        Some((b'.', d)) => d.len() <= 3 && d.iter().all(digit),
        Some(_) => false,
    };
    match v.as_bytes().split_first() {
        Some((b'0', rest)) => decimals(rest, u8::is_ascii_digit),
        Some((b'1', rest)) => decimals(rest, |b| *b == b'0'),
        _ => false,
    }
}

fn check_weight(p: &Param<'_>) -> Check {
    if p.quoted || !is_qvalue(p.value) {
        return Err(format!(
            "`{}={}` is not a qvalue: at most 1, with at most three decimals (RFC 9110 §12.4.2)",
            p.name, p.value
        ));
    }
    Ok(())
}

/// One element of `Accept`: media-range [ weight ], RFC 9110 §12.5.1.
fn media_range(element: &str) -> Check {
    let mut c = Cursor::new(element);
    let kind = c.take_while(is_tchar);
    let slash = c.eat(b'/');
    let subtype = c.take_while(is_tchar);
    let range = trim_ows(element.split(';').next().unwrap_or(element));
    if kind.is_empty()
        || !slash
        || subtype.is_empty()
        || !(c.at_end() || c.peek().is_some_and(|b| is_ows(b) || b == b';'))
    {
        return Err(format!(
            "`{range}` is not a media range: expected `type/subtype`, `type/*` or `*/*` \
             (RFC 9110 §12.5.1)"
        ));
    }
    if kind == "*" && subtype != "*" {
        return Err(format!(
            "`{kind}/{subtype}` is not a media range: a wildcard type takes a wildcard subtype, \
             `*/*` (RFC 9110 §12.5.1)"
        ));
    }
    let mut weight: Option<String> = None;
    loop {
        c.skip_ows();
        if c.at_end() {
            return Ok(());
        }
        if !c.eat(b';') {
            return Err(format!(
                "unexpected `{}` in `{element}`: parameters start with `;` and media ranges are \
                 separated by commas (RFC 9110 §12.5.1)",
                c.rest()
            ));
        }
        if let Some(q) = &weight {
            return Err(format!(
                "nothing may follow the weight `{q}` in `{element}`: put media type parameters \
                 before it (RFC 9110 §12.5.1)"
            ));
        }
        c.skip_ows();
        // parameters = *( OWS ";" OWS [ parameter ] ): an empty parameter is grammatical
        if c.at_end() || c.peek() == Some(b';') {
            continue;
        }
        let p = param(&mut c, "RFC 9110 §5.6.6")?;
        if p.name.eq_ignore_ascii_case("q") {
            check_weight(&p)?;
            weight = Some(format!("{}={}", p.name, p.value));
        }
    }
}

/// One element of `Accept-Encoding`: codings [ weight ], RFC 9110 §12.5.3.
fn coding(element: &str) -> Check {
    let mut c = Cursor::new(element);
    let name = c.take_while(is_tchar);
    if name.is_empty() {
        return Err(format!(
            "`{element}` is not a content coding: expected a token such as `gzip`, `identity` or \
             `*` (RFC 9110 §12.5.3)"
        ));
    }
    c.skip_ows();
    if c.at_end() {
        return Ok(());
    }
    if !c.eat(b';') {
        return Err(format!(
            "unexpected `{}` after `{name}`: separate codings with commas and write a weight as \
             `;q=0.5` (RFC 9110 §12.5.3)",
            c.rest()
        ));
    }
    c.skip_ows();
    if c.at_end() {
        return Err(format!(
            "expected a weight after `;`, as in `{name};q=0.5` (RFC 9110 §12.5.3)"
        ));
    }
    let p = param(&mut c, "RFC 9110 §5.6.6")?;
    if !p.name.eq_ignore_ascii_case("q") {
        return Err(format!(
            "only a weight may follow a content coding, as in `{name};q=0.5`, found `{}={}` \
             (RFC 9110 §12.5.3)",
            p.name, p.value
        ));
    }
    check_weight(&p)?;
    c.skip_ows();
    if !c.at_end() {
        return Err(format!(
            "unexpected `{}` after the weight in `{element}`: separate codings with commas \
             (RFC 9110 §12.5.3)",
            c.rest()
        ));
    }
    Ok(())
}

/// The value of a run of ASCII digits (at most four here, so no overflow).
fn number(digits: &str) -> u32 {
    digits
        .bytes()
        .fold(0, |n, b| n * 10 + u32::from(b.wrapping_sub(b'0')))
}

fn days_in_month(year: u32, month: usize) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day of the week, 0 = Sunday, of a proleptic Gregorian date (days-from-civil).
fn weekday(year: u32, month: usize, day: u32) -> usize {
    let month = i64::try_from(month).unwrap_or(1);
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    // 1970-01-01 was a Thursday
    usize::try_from((days + 4).rem_euclid(7)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(check: Check) -> String {
        check.expect_err("expected an error")
    }

    #[test]
    fn tokens_and_field_names() {
        assert!(is_token("GET"));
        assert!(is_token("!#$%&'*+-.^_`|~09azAZ"));
        assert!(!is_token(""));
        assert!(!is_token("a b"));
        assert!(!is_token("a:b"));
        assert!(!is_token("é"));
        assert!(field_name("X-Request-Id").is_ok());
        assert_eq!(
            err(field_name("X Request")),
            "field name contains a space: expected a token such as `X-Request-Id` (RFC 9110 §5.1, §5.6.2)"
        );
        assert_eq!(
            err(field_name("")),
            "expected a field name, found an empty string: a field name is a token such as \
             `X-Request-Id` (RFC 9110 §5.1)"
        );
        assert!(field_name("a:").is_err());
        assert!(field_name("é").is_err());
    }

    #[test]
    fn field_values() {
        for ok in ["", "a", "a\tb", "a b", "~!"] {
            assert_eq!(field_value(ok), Ok(()), "{ok:?}");
        }
        assert_eq!(
            err(field_value("a\r\nb")),
            "field value contains CR or LF: expected a single line of visible ASCII, spaces and \
             tabs (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("a\0")),
            "field value contains a NUL character: expected visible ASCII, spaces and tabs \
             (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("a\u{7f}")),
            "field value contains the control character U+007F: expected visible ASCII, spaces \
             and tabs (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("café")),
            "field value contains the non-ASCII character `é`: expected visible ASCII, spaces \
             and tabs (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("\ta")),
            "field value starts with whitespace: remove the leading space or tab (RFC 9110 §5.5)"
        );
        assert_eq!(
            err(field_value("a ")),
            "field value ends with whitespace: remove the trailing space or tab (RFC 9110 §5.5)"
        );
    }

    #[test]
    fn every_grammar_refuses_line_breaks_first() {
        let checks: [fn(&str) -> Check; 11] = [
            challenge,
            allow,
            delay_seconds,
            imf_fixdate,
            retry_after,
            accept,
            accept_encoding,
            upgrade,
            content_range_unsatisfied,
            uri_reference,
            field_value,
        ];
        for check in checks {
            for bad in ["GET\r\nX: y", "a\nb", "a\0"] {
                assert_eq!(check(bad), field_value(bad));
            }
        }
    }

    #[test]
    fn challenges_that_pass() {
        for ok in [
            "Basic realm=\"simple\"",
            "Basic realm=\"WallyWorld\", charset=\"UTF-8\"",
            "Bearer realm=\"example\"",
            "Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The access token expired\"",
            "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\"",
            "Negotiate",
            "Negotiate YIIGhAYGKwYBBQUCoIIGeDCCBnSgMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCqKCBj4EggY6TlRMTVNTUAACAAAA==",
            "Bearer error=\"invalid_token\"",
            "basic realm=\"a,b\"",
            "Custom  a=b",
            "Custom abc==",
        ] {
            assert_eq!(challenge(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn challenges_refused() {
        assert_eq!(
            err(challenge("Basic realm=api")),
            "realm must be a quoted-string, as in realm=\"api\" (RFC 9110 §11.5)"
        );
        assert_eq!(
            err(challenge("Basic realm = \"x\"")),
            "whitespace around `=` after `realm`: write `realm=\"x\"` with no spaces \
             (RFC 9110 §11.2, §5.6.3)"
        );
        assert!(err(challenge("Basic realm= \"x\"")).contains("whitespace around `=`"));
        assert!(err(challenge("Newauth realm=\"a\", type =1")).contains("whitespace around `=`"));
        assert_eq!(
            err(challenge("Basic realm=\"a\", Realm=\"b\"")),
            "parameter `Realm` appears more than once in the challenge: give each parameter once \
             (RFC 9110 §11.2)"
        );
        assert_eq!(
            err(challenge("Basic")),
            "Basic requires a realm parameter, as in Basic realm=\"api\" (RFC 7617 §2)"
        );
        assert_eq!(
            err(challenge("Basic charset=\"UTF-8\"")),
            "Basic requires a realm parameter, as in Basic realm=\"api\" (RFC 7617 §2)"
        );
        assert_eq!(
            err(challenge("Basic dXNlcjpwYXNz")),
            "Basic takes a realm parameter, not a token68: write `Basic realm=\"api\"` \
             (RFC 7617 §2)"
        );
        assert_eq!(
            err(challenge("Bearer")),
            "Bearer must be followed by at least one auth-param, as in Bearer realm=\"api\" \
             (RFC 6750 §3)"
        );
        assert_eq!(
            err(challenge("bearer abc")),
            "Bearer takes auth-params, not a token68, as in Bearer realm=\"api\" (RFC 6750 §3)"
        );
        assert_eq!(
            err(challenge("Basic realm=\"a\", Bearer realm=\"b\"")),
            "`Bearer` starts a second challenge: write one challenge per attribute and repeat \
             the key, one field line per challenge (RFC 9110 §11.6.1)"
        );
        assert!(err(challenge("Negotiate, Basic realm=\"x\"")).contains("second challenge"));
        assert!(err(challenge("Basic realm=\"x\", Negotiate")).contains("second challenge"));
        assert!(err(challenge("Negotiate abc, Basic realm=\"x\"")).contains("second challenge"));
        assert_eq!(
            err(challenge("Basic realm=\"x")),
            "unterminated quoted-string `\"x`: add the closing `\"` (RFC 9110 §5.6.4)"
        );
        assert!(err(challenge("Basic realm=\"x\\\"")).contains("unterminated"));
        assert_eq!(
            err(challenge("Basic realm=\"x\",")),
            "empty list element in the challenge: remove the extra comma (RFC 9110 §5.6.1)"
        );
        assert!(err(challenge("Basic realm=\"x\",,a=b")).contains("empty list element"));
        assert!(err(challenge("Basic , realm=\"x\"")).contains("empty list element"));
        assert!(err(challenge("Basic, realm=\"x\"")).contains("after a comma"));
        assert!(err(challenge("abc=, a=b")).contains("lacks an auth-scheme"));
        assert!(err(challenge("realm=\"x\"")).contains("lacks an auth-scheme"));
        assert!(err(challenge("")).contains("expected a challenge"));
        assert!(err(challenge("Custom abc==, a=b")).contains("token68"));
        assert!(err(challenge("Custom a=b c")).contains("unexpected `c`"));
        assert!(err(challenge("Custom a=\"b\" c")).contains("unexpected `c`"));
        assert!(err(challenge("Custom a==b")).contains("not a token or a quoted-string"));
        // `a=` is a token68 with padding, not an auth-param without a value
        assert_eq!(challenge("Custom a="), Ok(()));
        assert!(err(challenge("Custom\ta=b")).contains("tab"));
        assert!(err(challenge("Ba(sic realm=\"x\"")).contains("not an auth-scheme"));
    }

    #[test]
    fn allow_lists() {
        for ok in ["GET, HEAD", "GET,HEAD", "", "GET", "get , PUT"] {
            assert_eq!(allow(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(allow("GET,,POST")),
            "empty list element in Allow: remove the extra comma (RFC 9110 §5.6.1)"
        );
        for bad in ["GET,", ",GET", " , ", "GET, ,POST", ","] {
            assert!(allow(bad).is_err(), "{bad}");
        }
        assert_eq!(
            err(allow("GET HEAD")),
            "`GET HEAD` is not a method: separate methods with commas, as in `GET, HEAD` \
             (RFC 9110 §10.2.1)"
        );
        assert_eq!(
            err(allow("G(ET")),
            "`G(ET` is not a method: expected a token such as `GET` (RFC 9110 §10.2.1, §5.6.2)"
        );
        assert!(allow("\"GET\"").is_err());
    }

    #[test]
    fn lowercase_methods_in_order() {
        assert_eq!(lowercase_methods("get, HEAD, Post"), ["get", "Post"]);
        assert!(lowercase_methods("GET, HEAD").is_empty());
        assert!(lowercase_methods("").is_empty());
        assert!(lowercase_methods("get,,post").is_empty());
    }

    #[test]
    fn delay_seconds_and_retry_after() {
        assert_eq!(delay_seconds("120"), Ok(()));
        assert_eq!(delay_seconds("0"), Ok(()));
        assert_eq!(
            err(delay_seconds("1.5")),
            "`1.5` is not delay-seconds: expected digits only, a whole number of seconds such as \
             `120` (RFC 9110 §10.2.3)"
        );
        for bad in ["", "-1", "+1", "1 2", "a"] {
            assert!(delay_seconds(bad).is_err(), "{bad}");
        }
        assert_eq!(retry_after("120"), Ok(()));
        assert_eq!(retry_after("Sun, 06 Nov 1994 08:49:37 GMT"), Ok(()));
        assert_eq!(
            err(retry_after("-1")),
            "`-1` is neither delay-seconds such as `120` nor an IMF-fixdate such as \
             `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §10.2.3)"
        );
        assert!(err(retry_after("12s")).contains("delay-seconds"));
        assert!(err(retry_after("soon")).contains("IMF-fixdate"));
        assert!(retry_after("").is_err());
    }

    #[test]
    fn imf_fixdates() {
        for ok in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Tue, 29 Feb 2000 23:59:60 GMT",
            "Thu, 29 Feb 2024 12:00:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "Sat, 01 Jan 0000 00:00:00 GMT",
        ] {
            assert_eq!(imf_fixdate(ok), Ok(()), "{ok}");
        }
        let tail =
            "; a date is written as an IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7)";
        assert_eq!(
            err(imf_fixdate("Mon, 06 Nov 1994 08:49:37 GMT")),
            format!(
                "`Mon` is the wrong day-name: 06 Nov 1994 is a Sunday, so write \
                 `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7)"
            )
        );
        assert_eq!(
            err(imf_fixdate("Sunday, 06-Nov-94 08:49:37 GMT")),
            format!("`Sunday, 06-Nov-94 08:49:37 GMT` is in the obsolete RFC 850 format{tail}")
        );
        assert_eq!(
            err(imf_fixdate("Sun Nov  6 08:49:37 1994")),
            format!("`Sun Nov  6 08:49:37 1994` is in the obsolete asctime format{tail}")
        );
        assert_eq!(
            err(imf_fixdate("Sat, 29 Feb 2100 00:00:00 GMT")),
            format!("`29 Feb 2100` does not exist{tail}")
        );
        assert_eq!(
            err(imf_fixdate("Sun, 06 Nov 1994 24:49:37 GMT")),
            format!("hour `24` is out of range: expected 00 to 23{tail}")
        );
        for bad in [
            "sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 nov 1994 08:49:37 GMT",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun,  06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37 gmt",
            "Sun, 06 Nov 1994 08:49:37 GMTX",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 08:60:37 GMT",
            "Sun, 06 Nov 1994 08:49:61 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 08:49:37:00 GMT",
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Wed, 31 Apr 2024 00:00:00 GMT",
            "Sun, 06 Nov 1994",
            "Sun",
            "",
            "1994-11-06T08:49:37Z",
        ] {
            let e = err(imf_fixdate(bad));
            assert!(e.contains("IMF-fixdate such as"), "{bad}: {e}");
        }
    }

    #[test]
    fn accept_values() {
        for ok in [
            "audio/*; q=0.2, audio/basic",
            "text/plain; q=0.5, text/html, text/x-dvi; q=0.8, text/x-c",
            "text/*, text/plain, text/plain;format=flowed, */*",
            "text/*;q=0.3, text/plain;q=0.7, text/plain;format=flowed, text/plain;format=fixed;q=0.4, */*;q=0.5",
            "application/json",
            "",
            "text/plain;charset=\"utf-8\"",
            "text/plain;q=1.000",
            "text/plain;q=0.",
            "text/plain;Q=1",
            "text/html;",
        ] {
            assert_eq!(accept(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(accept("text/html;q=1.5")),
            "`q=1.5` is not a qvalue: at most 1, with at most three decimals (RFC 9110 §12.4.2)"
        );
        assert!(err(accept("text/html;q=0.1234")).contains("`q=0.1234` is not a qvalue"));
        assert!(err(accept("text/html;q=2")).contains("`q=2` is not a qvalue"));
        assert!(err(accept("text/html;q=\"0.5\"")).contains("not a qvalue"));
        assert_eq!(
            err(accept("*/json")),
            "`*/json` is not a media range: a wildcard type takes a wildcard subtype, `*/*` \
             (RFC 9110 §12.5.1)"
        );
        assert_eq!(
            err(accept("text/html;level = 1")),
            "whitespace around `=` after `level`: write `level=1` with no spaces (RFC 9110 §5.6.6)"
        );
        assert_eq!(
            err(accept("text/html,,*/*")),
            "empty list element in Accept: remove the extra comma (RFC 9110 §5.6.1)"
        );
        assert!(err(accept("text")).contains("not a media range"));
        assert!(err(accept("text/")).contains("not a media range"));
        assert!(err(accept("text /html")).contains("not a media range"));
        assert!(err(accept("text/html x")).contains("unexpected `x`"));
        assert!(err(accept("text/html;q=0.5;level=1")).contains("nothing may follow the weight"));
        assert!(err(accept("text/html;level")).contains("expected `=`"));
        assert!(err(accept("text/html;charset=\"utf-8")).contains("unterminated"));
        assert!(accept("text/html,").is_err());
    }

    #[test]
    fn accept_encoding_values() {
        for ok in [
            "compress, gzip",
            "",
            "*",
            "compress;q=0.5, gzip;q=1.0",
            "gzip;q=1.0, identity; q=0.5, *;q=0",
        ] {
            assert_eq!(accept_encoding(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(accept_encoding("gzip;level=1")),
            "only a weight may follow a content coding, as in `gzip;q=0.5`, found `level=1` \
             (RFC 9110 §12.5.3)"
        );
        assert!(err(accept_encoding("gzip;q=1.01")).contains("not a qvalue"));
        assert!(err(accept_encoding("gzip,")).contains("empty list element in Accept-Encoding"));
        assert!(err(accept_encoding("gzip deflate")).contains("separate codings with commas"));
        assert!(err(accept_encoding("gzip;q = 1")).contains("whitespace around `=`"));
        assert!(err(accept_encoding("gzip;")).contains("expected a weight"));
        assert!(err(accept_encoding("gzip;q=1;q=1")).contains("after the weight"));
        assert!(err(accept_encoding("(gzip)")).contains("not a content coding"));
    }

    #[test]
    fn upgrade_values() {
        for ok in ["HTTP/2.0, SHTTP/1.3, IRC/6.9, RTA/x11", "websocket"] {
            assert_eq!(upgrade(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(upgrade("")),
            "expected at least one protocol, such as `websocket` or `HTTP/2.0` (RFC 9110 §7.8)"
        );
        assert_eq!(
            err(upgrade("HTTP/")),
            "`HTTP/` is not a protocol: expected a token with an optional `/version`, as in \
             `websocket` or `HTTP/2.0` (RFC 9110 §7.8)"
        );
        assert!(err(upgrade("a b")).contains("separate protocols with commas"));
        assert!(err(upgrade("a/b/c")).contains("not a protocol"));
        assert!(err(upgrade("websocket,")).contains("empty list element in Upgrade"));
    }

    #[test]
    fn unsatisfied_content_ranges() {
        assert_eq!(content_range_unsatisfied("bytes */1234"), Ok(()));
        assert_eq!(
            err(content_range_unsatisfied("bytes 0-10/1234")),
            "`bytes 0-10/1234` is not an unsatisfied range: expected `bytes */` and the complete \
             length, as in `bytes */1234` (RFC 9110 §14.4)"
        );
        for bad in [
            "bytes */",
            "bytes */-1",
            "Bytes */12",
            "bytes  */12",
            "",
            "bytes */1 ",
        ] {
            assert!(content_range_unsatisfied(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn uri_references() {
        for ok in [
            "https://example.org/legal?a=b&c=%20d#x",
            "/relative/path",
            "about:blank",
            "http://[::1]:80/",
        ] {
            assert_eq!(uri_reference(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(uri_reference("https://example.org/a b")),
            "a space is not allowed in a URI reference: percent-encode it as `%20` \
             (RFC 3986 §2, RFC 8288 §3)"
        );
        assert_eq!(
            err(uri_reference("a%2")),
            "`%2` is not a percent-encoding: `%` is followed by two hex digits, as in `%20` \
             (RFC 3986 §2.1)"
        );
        for bad in ["", "<a>", "a\"b", "a>b", "%zz", "a{b}", "a\\b", "é"] {
            assert!(uri_reference(bad).is_err(), "{bad}");
        }
    }

    /// Every string of length 0..=3 over an alphabet of troublesome characters: no panic, and
    /// every message keeps the house style.
    type Checker = fn(&str) -> Check;

    #[test]
    fn no_panic_sweep() {
        const ALPHABET: [char; 14] = [
            'a', '=', '"', '\\', ' ', ',', ';', '/', '*', '\t', '\r', '\0', 'é', '1',
        ];
        let checks: [(&str, Checker); 13] = [
            ("field_name", field_name),
            ("field_value", field_value),
            ("challenge", challenge),
            ("allow", allow),
            ("delay_seconds", delay_seconds),
            ("imf_fixdate", imf_fixdate),
            ("retry_after", retry_after),
            ("accept", accept),
            ("accept_encoding", accept_encoding),
            ("upgrade", upgrade),
            ("content_range_unsatisfied", content_range_unsatisfied),
            ("uri_reference", uri_reference),
            ("allow_via_lowercase", |s| {
                let _ = lowercase_methods(s);
                Ok(())
            }),
        ];
        let mut inputs = vec![String::new()];
        let mut layer = vec![String::new()];
        for _ in 0..3 {
            layer = layer
                .iter()
                .flat_map(|p| ALPHABET.iter().map(move |c| format!("{p}{c}")))
                .collect();
            inputs.extend(layer.iter().cloned());
        }
        assert_eq!(inputs.len(), 1 + 14 + 196 + 2744);
        for s in &inputs {
            let _ = is_token(s);
            for (name, check) in &checks {
                if let Err(message) = check(s) {
                    let first = message.chars().next().unwrap_or('?');
                    assert!(
                        first.is_ascii_lowercase() || first == '`',
                        "{name}({s:?}): {message}"
                    );
                    assert!(message.ends_with(')'), "{name}({s:?}): {message}");
                    assert!(message.contains("(RFC "), "{name}({s:?}): {message}");
                    assert!(!message.contains('\r') && !message.contains('\0'));
                }
            }
        }
    }
}
