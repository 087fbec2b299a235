//! What the derive's expansion names. Not a public API: it changes without notice.

pub use ::core;
pub use ::http;
pub use ::serde;
pub use ::std::string::String;

use crate::field::{
    write, AllowValue, ChallengeValue, ContentRangeValue, RetryAfterValue, ToHeaderValue,
};
use crate::names;
use http::{HeaderMap, HeaderValue, StatusCode};
use std::borrow::Cow;
use std::fmt::Display;

/// The status of a code the derive has checked to be in 400..=599, or read from a
/// `StatusCode`. Inlined after the `match` that chose the code, it is folded back into the
/// constant each arm gives; the other branch is never taken, and is no panic.
#[inline]
#[must_use]
pub const fn status_at(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The title of a status: its reason phrase, or its class for a code outside the registry (a
/// hand-written impl's), as `Problem::new` titles it.
#[inline]
#[must_use]
pub fn phrase(status: StatusCode) -> &'static str {
    crate::status::title(status.as_u16())
}

/// A problem titled with its status's phrase.
#[inline]
#[must_use]
pub fn problem_of(code: u16) -> crate::Problem {
    let status = status_at(code);
    crate::Problem::titled(status, phrase(status))
}

/// A problem with the status, title and detail the derive wrote.
#[inline]
#[must_use]
pub fn problem(code: u16, title: &'static str, detail: Text) -> crate::Problem {
    with_detail(crate::Problem::titled(status_at(code), title), detail)
}

/// A problem with a problem type besides.
#[inline]
#[must_use]
pub fn typed_problem(
    code: u16,
    title: &'static str,
    problem_type: &'static str,
    detail: Text,
) -> crate::Problem {
    let mut problem = problem(code, title, detail);
    problem.problem_type = Some(Cow::Borrowed(problem_type));
    problem
}

/// `problem` with `detail` as its detail; a title is no detail.
#[inline]
#[must_use]
pub fn with_detail(mut problem: crate::Problem, detail: Text) -> crate::Problem {
    problem.detail = match detail {
        Text::Title(_) => None,
        Text::Static(text) => Some(Cow::Borrowed(text)),
        Text::Owned(text) => Some(Cow::Owned(text)),
    };
    problem
}

/// The `instance` member from a field: its `Display` text.
#[inline]
#[must_use]
pub fn instance<T: Display + ?Sized>(problem: crate::Problem, value: &T) -> crate::Problem {
    problem.with_instance(value.to_string())
}

/// An extension member from a field.
#[inline]
#[must_use]
pub fn extension<T: ::serde::Serialize + ?Sized>(
    problem: crate::Problem,
    name: &'static str,
    value: &T,
) -> crate::Problem {
    problem.with_extension(name, value)
}

/// The representation of a text type's variant, from its status and body: the body is the
/// detail, unless it is the title. `title` is the variant's own, where the status's phrase is
/// not.
#[inline]
pub fn text_problem<E: crate::HttpStatusError + ?Sized>(
    error: &E,
    title: Option<&'static str>,
) -> crate::Problem {
    let (status, text) = error.__head();
    let title = match (title, &text) {
        (Some(title), _) | (None, &Text::Title(title)) => title,
        (None, _) => phrase(status),
    };
    with_detail(crate::Problem::titled(status, title), text)
}

/// A text body as the expansion has it: a static one is handed over as it is, so a body type
/// that holds a `&'static str` without copying allocates nothing for it.
pub enum Text {
    /// A message without placeholders.
    Static(&'static str),
    /// The title in place of a detail: a 5xx's reason phrase, a concealed 4xx's 404 phrase.
    Title(&'static str),
    /// A formatted message, or a `Display` text.
    Owned(String),
}

impl Text {
    /// The text, borrowed.
    #[inline]
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Text::Static(text) | Text::Title(text) => text,
            Text::Owned(text) => text,
        }
    }
}

impl From<Text> for String {
    #[inline]
    fn from(text: Text) -> String {
        match text {
            Text::Static(text) | Text::Title(text) => String::from(text),
            Text::Owned(text) => text,
        }
    }
}

impl Display for Text {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A formatted message.
pub use ::std::fmt::format as fmt;

/// `body` of a derived type: the text of its head.
#[inline]
#[must_use]
pub fn body<E: crate::HttpStatusError + ?Sized>(error: &E) -> String {
    error.__head().1.into()
}

/// The response: the status and body of `error`'s head, then its headers.
#[inline]
pub fn respond<B, E>(error: &E) -> http::Response<B>
where
    B: crate::ResponseBody,
    E: crate::HttpStatusError,
{
    let (status, text) = error.__head();
    // The response is made in each arm: made once after the `match`, its header map was built
    // aside and copied in (14 of hyper's 1,164 instructions in the `static` case,
    // scripts/count.sh).
    let mut response = match text {
        Text::Static(text) | Text::Title(text) => http::Response::new(B::from(text)),
        Text::Owned(text) => http::Response::new(B::from(text)),
    };
    *response.status_mut() = status;
    error.__write(response.headers_mut());
    response
}

/// The head of a type whose format `F` renders its representation.
#[inline]
pub fn rendered<F, E>(error: &E) -> (StatusCode, Text)
where
    F: crate::Format,
    E: crate::HttpStatusError + ?Sized,
{
    let problem = error.problem();
    (problem.status, Text::Owned(F::render(&problem)))
}

/// `Option`'s variants, one identifier each in the expansion.
pub use ::core::option::Option::{None, Some};

/// An extension member's value, serialized where the object is written.
pub trait Member {
    /// Writes the value as JSON.
    ///
    /// # Errors
    ///
    /// When the value cannot be written as JSON (a map with keys that are not strings).
    fn write(&self, out: &mut Vec<u8>) -> serde_json::Result<()>;
}

impl<T: ::serde::Serialize + ?Sized> Member for T {
    #[inline]
    fn write(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        serde_json::to_writer(out, self)
    }
}

/// An extension member from a field; named so that a value without `Serialize` is reported
/// at the field.
#[inline]
#[must_use]
pub fn member<T: ::serde::Serialize>(value: &T) -> &dyn Member {
    value
}

/// The problem details object of a problem+json variant (RFC 9457 §3), written at once from
/// what the variant holds: `type`, `title`, `status`, `detail`, `instance`, then the extension
/// members in order, each value serialized in place. A member `serde_json` cannot write is left
/// out rather than sent broken, as [`Problem::extension`](crate::Problem::extension) leaves it.
///
/// For a variant whose status is chosen at run time or has no title of its own; the derive
/// writes the members it knows (type, title, status, a static detail) as JSON text itself and
/// hands the rest to [`object1`], [`detailed`], [`detailed1`] or [`object_n`].
#[must_use]
#[allow(clippy::needless_pass_by_value)] // the expansion hands over the text it made
pub fn full_json(
    code: u16,
    title: Option<&'static str>,
    problem_type: Option<&'static str>,
    detail: Text,
    instance: Option<&dyn Display>,
    extensions: &[(&'static str, &dyn Member)],
) -> (StatusCode, Text) {
    let status = status_at(code);
    let title = title.unwrap_or_else(|| phrase(status));
    let detail = match &detail {
        Text::Title(_) => None,
        Text::Static(_) | Text::Owned(_) => Some(detail.as_str()),
    };
    let mut out = Vec::with_capacity(
        48 + problem_type.map_or(0, str::len)
            + title.len()
            + detail.map_or(0, str::len)
            + instance.map_or(0, |_| 48)
            + extensions.len() * 24,
    );
    out.push(b'{');
    if let Some(problem_type) = problem_type {
        out.extend_from_slice(b"\"type\":");
        json_string(&mut out, problem_type);
        out.push(b',');
    }
    out.extend_from_slice(b"\"title\":");
    json_string(&mut out, title);
    out.extend_from_slice(b",\"status\":");
    out.extend_from_slice(itoa::Buffer::new().format(status.as_u16()).as_bytes());
    if let Some(detail) = detail {
        member_at(&mut out, ",\"detail\":", detail);
    }
    if let Some(instance) = instance {
        member_at(&mut out, ",\"instance\":", &Shown(instance));
    }
    for (name, value) in extensions {
        let mark = out.len();
        out.push(b',');
        json_string(&mut out, name);
        out.push(b':');
        if value.write(&mut out).is_err() {
            out.truncate(mark);
        }
    }
    close(code, out)
}

/// A string, escaped. Writing to a `Vec` does not fail, nor does a string.
fn json_string(out: &mut Vec<u8>, text: &str) {
    let _ = serde_json::to_writer(&mut *out, text);
}

/// A text written as a JSON string where it is serialized: a detail made at run time, an
/// instance.
pub struct Shown<T>(pub T);

impl<T: Display> ::serde::Serialize for Shown<T> {
    #[inline]
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// The object of a variant with a fixed status and one member written at run time: `head` is
/// the object as the derive wrote it, from `{` to that member's key (its members known at
/// compile time, then the comma, the key and the colon), and `mark` its length before the
/// comma. The value, an extension member or an instance (a [`Shown`]), is left out with its key
/// where `serde_json` cannot write it.
#[must_use]
pub fn object1<A: ::serde::Serialize + ?Sized>(
    code: u16,
    head: &'static str,
    mark: usize,
    value: &A,
) -> (StatusCode, Text) {
    let mut out = start(head, 1);
    if value.write(&mut out).is_err() {
        out.truncate(mark);
    }
    close(code, out)
}

/// The object of a variant with a fixed status whose detail is made at run time (a formatted
/// message, a `Display` text): `head` runs to the detail's key, and the detail follows it.
#[must_use]
pub fn detailed<D: Display>(code: u16, head: &'static str, detail: D) -> (StatusCode, Text) {
    let mut out = start(head, 1);
    let _ = Shown(detail).write(&mut out);
    close(code, out)
}

/// [`detailed`] with an extension member after the detail: `key` as JSON text with the comma
/// before it and the colon after it, then the value.
#[must_use]
pub fn detailed1<D: Display, A: ::serde::Serialize + ?Sized>(
    code: u16,
    head: &'static str,
    detail: D,
    key: &'static str,
    value: &A,
) -> (StatusCode, Text) {
    let mut out = start(head, 2);
    let _ = Shown(detail).write(&mut out);
    member_at(&mut out, key, value);
    close(code, out)
}

/// The object of a variant with a fixed status and any members written at run time: `head`
/// runs to the last member known at compile time, and each member after it is a key, as JSON
/// text with the comma before it and the colon after it, and a value: a detail or an instance
/// made at run time (a [`Shown`]), or an extension member.
#[must_use]
pub fn object_n(
    code: u16,
    head: &'static str,
    members: &[(&'static str, &dyn Member)],
) -> (StatusCode, Text) {
    let mut out = start(head, members.len());
    for (key, value) in members {
        member_at(&mut out, key, *value);
    }
    close(code, out)
}

/// The buffer of an object being written, with `head` in it and room for `members` more.
fn start(head: &str, members: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(head.len() + 1 + members * 48);
    out.extend_from_slice(head.as_bytes());
    out
}

/// A member after `key`, left out where `serde_json` cannot write its value.
fn member_at<T: Member + ?Sized>(out: &mut Vec<u8>, key: &str, value: &T) {
    let mark = out.len();
    out.extend_from_slice(key.as_bytes());
    if value.write(out).is_err() {
        out.truncate(mark);
    }
}

/// The object's end, and the object as the body.
fn close(code: u16, mut out: Vec<u8>) -> (StatusCode, Text) {
    out.push(b'}');
    // Only the derive's JSON text, strings escaped by serde_json, numbers and JSON written by
    // serde_json: UTF-8.
    let json = String::from_utf8(out).unwrap_or_default();
    (status_at(code), Text::Owned(json))
}

/// The representation of a problem+json type: its object, read back. The object is what the
/// type sends; reading it back keeps the two from ever differing.
#[must_use]
pub fn parsed<E: crate::HttpStatusError + ?Sized>(error: &E) -> crate::Problem {
    let (status, text) = error.__head();
    let mut problem = crate::Problem::titled(status, phrase(status));
    let Ok(Members(members)) = serde_json::from_str(text.as_str()) else {
        return problem;
    };
    let string =
        |value: &serde_json::value::RawValue| serde_json::from_str::<String>(value.get()).ok();
    for (name, value) in members {
        match name.as_str() {
            "status" => {}
            "type" => problem.problem_type = string(&value).map(Cow::Owned),
            "title" => {
                if let Some(title) = string(&value) {
                    problem.title = Cow::Owned(title);
                }
            }
            "detail" => problem.detail = string(&value).map(Cow::Owned),
            "instance" => problem.instance = string(&value),
            _ => problem.extensions.push((Cow::Owned(name), value)),
        }
    }
    problem
}

/// The members of an object, in order, each value as written.
struct Members(Vec<(String, Box<serde_json::value::RawValue>)>);

impl<'de> ::serde::Deserialize<'de> for Members {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Members, D::Error> {
        struct Visitor;

        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Members;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a problem details object")
            }

            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Members, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Members(members))
            }
        }

        deserializer.deserialize_map(Visitor)
    }
}

/// The head of a representation rendered by the format `F`.
#[inline]
#[must_use]
pub fn rendered_problem<F: crate::Format>(problem: &crate::Problem) -> (StatusCode, Text) {
    (problem.status, Text::Owned(F::render(problem)))
}

/// The body of a type whose format is `F`.
#[inline]
#[must_use]
pub fn render<F: crate::Format>(problem: &crate::Problem) -> String {
    F::render(problem)
}

/// Whether a format's content type is a media type; evaluated in a `const` by the expansion.
pub use crate::format::is_media_type;

/// The body of a variant that sends its `Display` text; named so that a missing `Display`
/// says what it is for.
#[diagnostic::on_unimplemented(
    message = "`{Self}` needs `Display`: it is the body of this response",
    label = "this response's body is the type's Display text",
    note = "add message = \"...\" to the #[status], implement Display, or derive thiserror::Error"
)]
pub trait DisplayBody {
    fn display_body(&self) -> Text;
}

impl<T: Display + ?Sized> DisplayBody for T {
    #[inline]
    fn display_body(&self) -> Text {
        Text::Owned(self.to_string())
    }
}

/// Where a derived type writes its header lines: an `http` 1 `HeaderMap`, or a framework's own
/// map. Each name comes as its lower-case text, and each value the derive checked as its text,
/// so that each map makes them its own type's constants (see `names`).
pub trait Sink {
    /// A line the derive checked: the first of its name replaces what the map holds, the next
    /// ones add to it.
    fn line(&mut self, name: &'static str, value: &'static str, append: bool);
    /// A value written at run time: replacing what the map holds under `name`, or added to it.
    fn value(&mut self, name: &'static str, value: HeaderValue, replace: bool);
    /// Drops what the map holds under `name`.
    fn remove(&mut self, name: &'static str);
    /// Room for `lines` lines.
    fn reserve(&mut self, lines: usize);
    /// The lines an impl writes into an `http` 1 map.
    fn map(&mut self, write: &mut dyn FnMut(&mut HeaderMap));
}

impl Sink for HeaderMap {
    // Always inlined, down to the literals the expansion passes: the name folds into `http`'s
    // constant and `from_static`'s check of the value away, as in a hand-written response; a
    // call would run both each time.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn line(&mut self, name: &'static str, value: &'static str, append: bool) {
        // What a hand-written response does: the value checked where it is used, which costs
        // the compiler no evaluation of a constant.
        let (name, value) = (names::name(name), HeaderValue::from_static(value));
        if append {
            self.append(name, value);
        } else {
            self.insert(name, value);
        }
    }

    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn value(&mut self, name: &'static str, value: HeaderValue, replace: bool) {
        let name = names::name(name);
        if replace {
            self.insert(name, value);
        } else {
            self.append(name, value);
        }
    }

    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn remove(&mut self, name: &'static str) {
        HeaderMap::remove(self, names::name(name));
    }

    #[inline]
    fn reserve(&mut self, lines: usize) {
        HeaderMap::reserve(self, lines);
    }

    #[inline]
    fn map(&mut self, write: &mut dyn FnMut(&mut HeaderMap)) {
        write(self);
    }
}

/// Writes a line the derive checked; inlined, so the sink sees the literal (see the `Sink`
/// impls).
#[allow(clippy::inline_always)]
#[inline(always)]
pub fn line<S: Sink + ?Sized>(sink: &mut S, name: &'static str, value: &'static str, append: bool) {
    sink.line(name, value, append);
}

/// Writes the `Content-Type` line, inlined as `line` is, with one argument fewer for the
/// expansion to pass.
#[allow(clippy::inline_always)]
#[inline(always)]
pub fn content_type<S: Sink + ?Sized>(sink: &mut S, value: &'static str) {
    sink.line("content-type", value, false);
}

/// Makes room for `lines` lines.
#[inline]
pub fn reserve<S: Sink + ?Sized>(sink: &mut S, lines: usize) {
    sink.reserve(lines);
}

/// Writes `Allow` from a field, replacing what the map held, when the field has methods to
/// list (an empty list is an empty value).
#[inline]
pub fn allow<S: Sink + ?Sized, T: AllowValue + ?Sized>(sink: &mut S, value: &T) {
    if let Some(value) = value.methods().as_deref().and_then(write::allow) {
        sink.value("allow", value, true);
    }
}

/// A field that alone answers the MUST rule of a 401 or 407: its type must never be empty.
#[inline]
#[must_use]
pub fn required_challenges<T: crate::field::RequiredChallenges + ?Sized>(value: &T) -> &T {
    value
}

/// A field that alone answers the MUST rule of a 405: its type must always send `Allow`.
#[inline]
#[must_use]
pub fn required_allow<T: crate::field::RequiredAllow + ?Sized>(value: &T) -> &T {
    value
}

/// Writes `Retry-After` from a field, replacing what the map held, when the field has a delay
/// or a time.
#[inline]
pub fn retry_after<S: Sink + ?Sized, T: RetryAfterValue + ?Sized>(sink: &mut S, value: &T) {
    if let Some(value) = value.retry_after().and_then(write::retry_after) {
        sink.value("retry-after", value, true);
    }
}

/// Writes `Content-Range: bytes */<length>` from a field, replacing what the map held, when
/// the field has a length.
#[inline]
pub fn content_range<S: Sink + ?Sized, T: ContentRangeValue + ?Sized>(sink: &mut S, value: &T) {
    if let Some(value) = value.complete_length().and_then(write::content_range) {
        sink.value("content-range", value, true);
    }
}

/// Writes one `WWW-Authenticate` line per challenge; `replace` drops what the map held first.
#[inline]
pub fn www_authenticate<S: Sink + ?Sized, T: ChallengeValue + ?Sized>(
    sink: &mut S,
    value: &T,
    replace: bool,
) {
    challenges(sink, "www-authenticate", value, replace);
}

/// Writes one `Proxy-Authenticate` line per challenge; `replace` drops what the map held first.
#[inline]
pub fn proxy_authenticate<S: Sink + ?Sized, T: ChallengeValue + ?Sized>(
    sink: &mut S,
    value: &T,
    replace: bool,
) {
    challenges(sink, "proxy-authenticate", value, replace);
}

/// Writes one field line per challenge; `replace` drops what the map held under `name` first.
#[inline]
fn challenges<S: Sink + ?Sized, T: ChallengeValue + ?Sized>(
    sink: &mut S,
    name: &'static str,
    value: &T,
    replace: bool,
) {
    if replace {
        sink.remove(name);
    }
    value.for_each_challenge(&mut |challenge| {
        if let Some(line) = challenge.header_value() {
            sink.value(name, line, false);
        }
    });
}

/// Writes a `header = "name"` field, when its value is a well-formed field value; `replace`
/// drops what the map held under `name` first.
#[inline]
pub fn other<S: Sink + ?Sized, T: ToHeaderValue + ?Sized>(
    sink: &mut S,
    name: &'static str,
    value: &T,
    replace: bool,
) {
    if replace {
        sink.remove(name);
    }
    if let Some(value) = value
        .to_header_value()
        .filter(|value| write::is_field_value(value.as_bytes()))
    {
        sink.value(name, value, false);
    }
}

pub use crate::{__actix as actix, __axum as axum, __poem as poem};

pub use crate::__log as log;
pub use crate::negotiate::respond as convert;

pub use crate::__utoipa as utoipa;
#[cfg(feature = "utoipa")]
pub use crate::integration::utoipa as openapi;

#[cfg(feature = "axum")]
pub use ::axum_core;

#[cfg(feature = "actix-web")]
pub use crate::integration::actix::{actix_error, actix_held};
#[cfg(feature = "actix-web")]
pub use ::actix_web;

#[cfg(feature = "poem")]
pub use crate::integration::poem::{
    poem_error, Builds as PoemBuilds, Holds as PoemHolds, Pick as PoemPick,
};
#[cfg(feature = "poem")]
pub use ::poem;

#[cfg(feature = "tracing")]
pub use crate::integration::tracing::{log_response, Describe, Probe};
