//! OpenAPI descriptions of derived types (feature `utoipa`): what the derive's
//! `utoipa::IntoResponses` impl calls.
//!
//! The expansion lists each variant once, as a few calls on a [`Doc`] (its status, its body's
//! text, its headers, its extension members), and [`Doc::text`] or [`Doc::rendered`] builds the
//! utoipa responses at run time: one response per status, the variants of a status merged into
//! it. Building utoipa's structures here rather than in the expansion keeps the generated code a
//! table, whatever the number of variants.

use crate::format::{Format, Text};
use crate::Problem;
use http::StatusCode;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeMap;
use utoipa::openapi::example::Example;
use utoipa::openapi::header::Header;
use utoipa::openapi::schema::{
    AdditionalProperties, AnyOf, ArrayItems, Object, ObjectBuilder, Schema, SchemaFormat, Type,
};
use utoipa::openapi::{Content, Ref, RefOr, Response};

pub use utoipa::IntoResponses;

/// What `IntoResponses::responses` returns: a response per status code, or `default`.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// The schema of an extension member's field: utoipa's `ToSchema`, with every schema it refers
/// to written in place, so that the document needs no component the type did not register.
///
/// The derive's impl of `IntoResponses` is bounded by it for each extension member's type (a
/// higher-ranked bound, which rustc judges where the impl is used): a type whose member has no
/// schema compiles without the impl, and a handler that documents it is told that the type
/// needs `utoipa::ToSchema`, with a note at the field.
pub trait ExtensionSchema {
    /// The schema, its references to other schemas replaced by those schemas.
    fn extension_schema() -> RefOr<Schema>;
}

impl<T: utoipa::ToSchema + ?Sized> ExtensionSchema for T {
    fn extension_schema() -> RefOr<Schema> {
        let mut named = Vec::new();
        T::schemas(&mut named);
        let mut schema = T::schema();
        inline(&mut schema, &named, &mut vec![T::name().into_owned()]);
        schema
    }
}

/// The variants of one type, in the order they are declared.
#[derive(Default)]
pub struct Doc {
    entries: Vec<Entry>,
}

/// A body format, as the functions of its `Format` impl.
struct Rendering {
    content_type: &'static str,
    render: fn(&Problem) -> String,
    schema: BodySchema,
}

/// `Format::body_schema`.
type BodySchema = fn(&[(&str, RefOr<Schema>)]) -> RefOr<Schema>;

/// One variant: what its response is made of.
pub struct Entry {
    name: &'static str,
    source: Source,
    concealed: bool,
    detail: Detail,
    title: Option<&'static str>,
    problem_type: Option<&'static str>,
    instance: bool,
    headers: Vec<Line>,
    extensions: Vec<(&'static str, RefOr<Schema>)>,
}

/// Where a variant's status comes from.
enum Source {
    Fixed(u16),
    /// An `ErrorStatus` field: documented as the `default` response.
    Dynamic,
    /// A transparent field, with its responses.
    Inner(Responses),
}

/// The body's detail text.
#[derive(Clone, Copy)]
enum Detail {
    /// None: the body is the title.
    Title,
    /// A message without placeholders.
    Static(&'static str),
    /// A message with placeholders, as written.
    Template(&'static str),
    /// The type's `Display` text.
    Display,
}

/// A header line of a variant.
struct Line {
    /// Lower case.
    name: &'static str,
    /// The value, where it is static.
    value: Option<&'static str>,
    kind: Kind,
}

/// How a header's value is documented.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A string.
    Text,
    /// A challenge: one field line each.
    Challenge,
    /// Delay seconds or an HTTP-date.
    RetryAfter,
}

impl Doc {
    /// No variant yet.
    #[must_use]
    pub fn new() -> Self {
        Doc::default()
    }

    fn push(&mut self, name: &'static str, source: Source) -> &mut Entry {
        self.entries.push(Entry {
            name,
            source,
            concealed: false,
            detail: Detail::Title,
            title: None,
            problem_type: None,
            instance: false,
            headers: Vec::new(),
            extensions: Vec::new(),
        });
        let last = self.entries.len() - 1;
        &mut self.entries[last]
    }

    /// A variant whose status is `code` (404 for a concealed one).
    pub fn status(&mut self, code: u16, name: &'static str) -> &mut Entry {
        self.push(name, Source::Fixed(code))
    }

    /// A variant whose status an `ErrorStatus` field chooses at run time.
    pub fn dynamic(&mut self, name: &'static str) -> &mut Entry {
        self.push(name, Source::Dynamic)
    }

    /// A transparent variant, with the responses of its field.
    pub fn transparent(&mut self, name: &'static str, responses: Responses) -> &mut Entry {
        self.push(name, Source::Inner(responses))
    }

    /// The responses of a type whose body is text: a transparent variant without a message
    /// sends its field's body under its field's content type.
    #[must_use]
    pub fn text(self) -> Responses {
        let text = Rendering {
            content_type: Text::CONTENT_TYPE,
            render: Text::render,
            schema: Text::body_schema,
        };
        self.build(&text, true)
    }

    /// The responses of a type whose format renders every body, a transparent variant's too:
    /// the format's content type, `render` and `body_schema`, which the expansion names as
    /// `<F as Format>::...` so that a type that is no format is reported once.
    #[must_use]
    pub fn rendered(
        self,
        content_type: &'static str,
        render: fn(&Problem) -> String,
        schema: BodySchema,
    ) -> Responses {
        let format = Rendering {
            content_type,
            render,
            schema,
        };
        self.build(&format, false)
    }

    fn build(self, format: &Rendering, text: bool) -> Responses {
        let mut groups: BTreeMap<String, Vec<Part>> = BTreeMap::new();
        for entry in self.entries {
            for (status, part) in entry.parts(format, text) {
                groups.entry(status).or_default().push(part);
            }
        }
        groups
            .into_iter()
            .map(|(status, parts)| {
                let response = merge(format, &status, parts);
                (status, response)
            })
            .collect()
    }
}

impl Entry {
    /// `conceal`: the variant sends a plain 404, documented without its name.
    pub fn conceal(&mut self) -> &mut Self {
        self.concealed = true;
        self
    }

    /// A message without placeholders: the detail, and an example.
    pub fn message(&mut self, text: &'static str) -> &mut Self {
        self.detail = Detail::Static(text);
        self
    }

    /// A message with placeholders, as written: named in the description.
    pub fn template(&mut self, text: &'static str) -> &mut Self {
        self.detail = Detail::Template(text);
        self
    }

    /// The type's `Display` text is the detail.
    pub fn display(&mut self) -> &mut Self {
        self.detail = Detail::Display;
        self
    }

    /// `title = "..."`.
    pub fn title(&mut self, title: &'static str) -> &mut Self {
        self.title = Some(title);
        self
    }

    /// `problem_type = "..."`.
    pub fn problem_type(&mut self, uri: &'static str) -> &mut Self {
        self.problem_type = Some(uri);
        self
    }

    /// A field supplies the `instance` member.
    pub fn instance(&mut self) -> &mut Self {
        self.instance = true;
        self
    }

    /// An extension member and the schema of its field.
    pub fn extension(&mut self, name: &'static str, schema: RefOr<Schema>) -> &mut Self {
        self.extensions.push((name, schema));
        self
    }

    fn line(&mut self, name: &'static str, value: Option<&'static str>, kind: Kind) -> &mut Self {
        self.headers.push(Line { name, value, kind });
        self
    }

    /// A static header line.
    pub fn header(&mut self, name: &'static str, value: &'static str) -> &mut Self {
        self.line(name, Some(value), Kind::Text)
    }

    /// A static challenge line of `WWW-Authenticate` or `Proxy-Authenticate`.
    pub fn challenge(&mut self, name: &'static str, value: &'static str) -> &mut Self {
        self.line(name, Some(value), Kind::Challenge)
    }

    /// A static `Retry-After`.
    pub fn retry_after(&mut self, value: &'static str) -> &mut Self {
        self.line("retry-after", Some(value), Kind::RetryAfter)
    }

    /// A header a field supplies.
    pub fn field_header(&mut self, name: &'static str) -> &mut Self {
        self.line(name, None, Kind::Text)
    }

    /// Challenges a field supplies.
    pub fn field_challenge(&mut self, name: &'static str) -> &mut Self {
        self.line(name, None, Kind::Challenge)
    }

    /// A `Retry-After` a field supplies.
    pub fn field_retry_after(&mut self) -> &mut Self {
        self.line("retry-after", None, Kind::RetryAfter)
    }

    /// What the variant adds to the response of each status it can send.
    fn parts(self, format: &Rendering, text: bool) -> Vec<(String, Part)> {
        match self.source {
            Source::Fixed(code) => {
                let key = code.to_string();
                vec![(key, self.own(format, Some(code)))]
            }
            Source::Dynamic => vec![("default".to_owned(), self.own(format, None))],
            Source::Inner(ref responses) => responses
                .iter()
                .map(|(status, response)| {
                    (status.clone(), self.inner(format, status, response, text))
                })
                .collect(),
        }
    }

    /// A direct variant's part.
    fn own(&self, format: &Rendering, code: Option<u16>) -> Part {
        let headers = headers(&self.headers);
        let line = match self.detail {
            Detail::Static(text) | Detail::Template(text) => {
                format!("`{}`: {}", self.name, text)
            }
            Detail::Display | Detail::Title => format!("`{}`", self.name),
        };
        // The whole body is known where no field writes any of it.
        let example = match (code, self.detail) {
            (Some(code), Detail::Title | Detail::Static(_))
                if !self.instance && self.extensions.is_empty() =>
            {
                let status = StatusCode::from_u16(code).ok();
                status.map(|status| {
                    let mut problem = Problem::titled(status, self.title.unwrap_or(phrase(code)));
                    problem.problem_type = self.problem_type.map(Cow::Borrowed);
                    if let Detail::Static(text) = self.detail {
                        problem.detail = Some(Cow::Borrowed(text));
                    }
                    example_value(format.content_type, &(format.render)(&problem))
                })
            }
            _ => None,
        };
        let example_name = if self.concealed {
            code.map_or("", phrase).to_owned()
        } else {
            self.name.to_owned()
        };
        Part {
            name: self.name.to_owned(),
            line: (!self.concealed).then_some(line),
            headers,
            body: Body::Own {
                extensions: self.extensions.clone(),
                example: example.map(|value| (example_name, value)),
            },
        }
    }

    /// A transparent variant's part in one of its field's responses.
    fn inner(
        &self,
        format: &Rendering,
        status: &str,
        response: &RefOr<Response>,
        text: bool,
    ) -> Part {
        let name = self.name.to_owned();
        let response = match response {
            RefOr::T(response) => response,
            // A response component: kept where it is alone; named where it is merged, since
            // its parts cannot be read.
            RefOr::Ref(reference) => {
                return Part {
                    line: Some(format!("`{name}`: `{}`", reference.ref_location)),
                    name,
                    headers: Vec::new(),
                    body: Body::Reference(reference.clone()),
                }
            }
        };
        let worded = match self.detail {
            Detail::Static(text) | Detail::Template(text) => Some(text),
            Detail::Title | Detail::Display => None,
        };
        let line = if let Some(text) = worded {
            format!("`{name}`: {text}")
        } else {
            // The field's own description under this variant's name, less the status's
            // phrase, which the merged response begins with.
            let own = response.description.trim();
            let rest = own
                .strip_prefix(heading(status).as_str())
                .map_or(own, str::trim_start);
            let rest = rest.replace('\n', "\n  ");
            if rest.is_empty() {
                format!("`{name}`")
            } else if rest.starts_with("- ") {
                format!("`{name}`\n  {rest}")
            } else {
                format!("`{name}`: {rest}")
            }
        };
        let headers = response
            .headers
            .iter()
            .filter_map(|(header, value)| match value {
                RefOr::T(value) => Some((header.to_ascii_lowercase(), value.clone())),
                RefOr::Ref(_) => None,
            })
            .collect();
        // A text body worded by this variant is its message; a rendered one, the field's
        // problem with this variant's detail.
        let message = match (text, self.detail) {
            (true, Detail::Static(message)) => Some((name.clone(), Value::String(message.into()))),
            _ => None,
        };
        let body = match response.content.get(format.content_type) {
            // The field's own bodies.
            _ if text && worded.is_none() => Body::Inner(
                response
                    .content
                    .iter()
                    .map(|(media, content)| (media.clone(), prefixed(&name, content)))
                    .collect(),
            ),
            // The field's schema, in this type's media type, members and all.
            Some(RefOr::T(same)) => {
                let mut same = prefix_examples(&name, same.clone());
                if worded.is_some() {
                    same.examples.clear();
                }
                if let Some((key, value)) = message {
                    same.examples.insert(key, example(value));
                }
                Body::Inner(vec![(format.content_type.to_owned(), RefOr::T(same))])
            }
            // Another media type, rendered in this one: this type's own schema.
            Some(RefOr::Ref(_)) | None => Body::Own {
                extensions: Vec::new(),
                example: message,
            },
        };
        Part {
            name,
            line: Some(line),
            headers,
            body,
        }
    }
}

/// What one variant adds to the response of one status.
struct Part {
    name: String,
    /// Its line in the description; none for a concealed variant.
    line: Option<String>,
    /// Lower-case names.
    headers: Vec<(String, Header)>,
    body: Body,
}

enum Body {
    /// A direct variant, in the type's format: its extension members, and its body where it is
    /// static, with the example's name.
    Own {
        extensions: Vec<(&'static str, RefOr<Schema>)>,
        example: Option<(String, Value)>,
    },
    /// A transparent variant: the media types and contents of its field's response.
    Inner(Vec<(String, RefOr<Content>)>),
    /// A transparent variant whose field's response is a component.
    Reference(Ref),
}

/// A content's examples named after the variant that wraps the type that sent them; a
/// component as it is.
fn prefixed(name: &str, content: &RefOr<Content>) -> RefOr<Content> {
    match content {
        RefOr::T(content) => RefOr::T(prefix_examples(name, content.clone())),
        RefOr::Ref(reference) => RefOr::Ref(reference.clone()),
    }
}

fn prefix_examples(name: &str, mut content: Content) -> Content {
    let examples = std::mem::take(&mut content.examples);
    content.examples = examples
        .into_iter()
        .map(|(key, value)| (format!("{name}.{key}"), value))
        .collect();
    if let Some(value) = content.example.take() {
        content.examples.insert(name.to_owned(), example(value));
    }
    content
}

/// The header objects of a variant's lines: one per name, challenges joined into one list.
fn headers(lines: &[Line]) -> Vec<(String, Header)> {
    let mut out: Vec<(String, Header)> = Vec::new();
    for line in lines {
        if let Some((_, header)) = out.iter_mut().find(|(name, _)| name == line.name) {
            // A second challenge: one list, as a recipient may combine the lines.
            if let (Some(Value::String(first)), Some(value)) = (&mut header.example, line.value) {
                first.push_str(", ");
                first.push_str(value);
            }
            continue;
        }
        let mut header = Header::new(match (line.kind, line.value) {
            (Kind::RetryAfter, Some(value)) if value.bytes().all(|b| b.is_ascii_digit()) => {
                seconds()
            }
            (Kind::RetryAfter, Some(_)) => http_date(),
            (Kind::RetryAfter, None) => any_of(seconds(), http_date()),
            (Kind::Text | Kind::Challenge, _) => string(),
        });
        header.example = line
            .value
            .map(|value| match (line.kind, value.parse::<u64>()) {
                (Kind::RetryAfter, Ok(seconds)) => Value::from(seconds),
                _ => Value::String(value.to_owned()),
            });
        let mut notes = Vec::new();
        if line.kind == Kind::Challenge {
            notes.push("One field line per challenge.");
        }
        if line.value.is_none() {
            notes.push(
                "Its value comes from the error at run time; it is left out when there is none \
                 to send.",
            );
        }
        if !notes.is_empty() {
            header.description = Some(notes.join(" "));
        }
        out.push((line.name.to_owned(), header));
    }
    out
}

/// One response from the parts of its status.
fn merge(format: &Rendering, status: &str, mut parts: Vec<Part>) -> RefOr<Response> {
    if let [Part {
        body: Body::Reference(reference),
        ..
    }] = parts.as_mut_slice()
    {
        return RefOr::Ref(std::mem::take(reference));
    }
    let mut description = heading(status);
    let lines: Vec<&str> = parts
        .iter()
        .filter_map(|part| part.line.as_deref())
        .collect();
    if !lines.is_empty() {
        description.push_str("\n\n");
        for line in lines {
            description.push_str("- ");
            description.push_str(line);
            description.push('\n');
        }
    }
    let mut response = Response::new(description.trim_end());
    response.headers = merge_headers(&parts)
        .into_iter()
        .map(|(name, header)| (name, RefOr::T(header)))
        .collect();

    let mut contents: Vec<(String, RefOr<Content>)> = Vec::new();
    let mut extensions: Vec<(&str, RefOr<Schema>)> = Vec::new();
    let mut examples: Vec<(String, Value)> = Vec::new();
    let mut own = false;
    for part in &parts {
        match &part.body {
            Body::Own {
                extensions: members,
                example,
            } => {
                own = true;
                for (name, schema) in members {
                    match extensions.iter_mut().find(|(known, _)| known == name) {
                        Some((_, known)) => *known = union(known.clone(), schema.clone()),
                        None => extensions.push((name, schema.clone())),
                    }
                }
                if let Some(example) = example {
                    if !examples.iter().any(|(name, _)| *name == example.0) {
                        examples.push(example.clone());
                    }
                }
            }
            Body::Inner(_) | Body::Reference(_) => {}
        }
    }
    if own {
        let mut content = Content::new(Some((format.schema)(&extensions)));
        content.examples = examples
            .into_iter()
            .map(|(name, value)| (name, example(value)))
            .collect();
        contents.push((format.content_type.to_owned(), RefOr::T(content)));
    }
    for part in parts {
        let Body::Inner(inner) = part.body else {
            continue;
        };
        for (media, content) in inner {
            match contents.iter_mut().find(|(known, _)| *known == media) {
                Some((_, RefOr::T(known))) => {
                    // A component cannot be merged into: the first one stands.
                    let RefOr::T(content) = content else {
                        continue;
                    };
                    known.schema = match (known.schema.take(), content.schema) {
                        (Some(a), Some(b)) => Some(union(a, b)),
                        (a, b) => a.or(b),
                    };
                    for (key, value) in content.examples {
                        known.examples.entry(key).or_insert(value);
                    }
                }
                Some((_, RefOr::Ref(_))) => {}
                None => contents.push((media, content)),
            }
        }
    }
    response.content.extend(contents);
    RefOr::T(response)
}

/// The headers of one response: each header once, described as sent by only some variants
/// where it is.
fn merge_headers(parts: &[Part]) -> Vec<(String, Header)> {
    let mut names: Vec<&str> = Vec::new();
    for part in parts {
        for (name, _) in &part.headers {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
    }
    names
        .into_iter()
        .map(|name| {
            let carriers: Vec<(&Part, &Header)> = parts
                .iter()
                .filter_map(|part| {
                    let header = part.headers.iter().find(|(known, _)| known == name)?;
                    Some((part, &header.1))
                })
                .collect();
            let mut merged = Header::new(string());
            merged.schema = carriers
                .iter()
                .filter_map(|(_, header)| header.schema.clone())
                .reduce(union);
            let mut notes: Vec<String> = Vec::new();
            for (_, header) in &carriers {
                if let Some(description) = &header.description {
                    if !notes.contains(description) {
                        notes.push(description.clone());
                    }
                }
            }
            if carriers.len() < parts.len() {
                let senders: Vec<String> = carriers
                    .iter()
                    .map(|(part, _)| format!("`{}`", part.name))
                    .collect();
                notes.push(format!("Sent only by {}.", senders.join(", ")));
            }
            if !notes.is_empty() {
                merged.description = Some(notes.join(" "));
            }
            let mut values: Vec<(String, Value)> = Vec::new();
            for (part, header) in &carriers {
                if let Some(value) = &header.example {
                    values.push((part.name.clone(), value.clone()));
                }
                for (key, value) in &header.examples {
                    if let RefOr::T(Example {
                        value: Some(value), ..
                    }) = value
                    {
                        values.push((format!("{}.{key}", part.name), value.clone()));
                    }
                }
            }
            match values.split_first() {
                Some((first, rest)) if rest.iter().all(|(_, value)| *value == first.1) => {
                    merged.example = Some(first.1.clone());
                }
                _ => {
                    merged.examples = values
                        .into_iter()
                        .map(|(key, value)| (key, example(value)))
                        .collect();
                }
            }
            (display_name(name), merged)
        })
        .collect()
}

/// A header's name as RFC 9110 spells it (`WWW-Authenticate`, `Retry-After`); names are
/// case-insensitive, documents are read by people.
fn display_name(name: &str) -> String {
    if name == "www-authenticate" {
        return "WWW-Authenticate".to_owned();
    }
    let words: Vec<String> = name
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    words.join("-")
}

/// The first line of the description of the response to `status`: the reason phrase.
fn heading(status: &str) -> String {
    match status.parse::<u16>() {
        Ok(code) => phrase(code).to_owned(),
        Err(_) if status == "default" => "An error status chosen at run time: a registered 4xx \
                                          or 5xx code other than 401, 405, 407, 418 and 426."
            .to_owned(),
        Err(_) => status.to_owned(),
    }
}

/// The reason phrase of a code, as the derive titles it.
fn phrase(code: u16) -> &'static str {
    crate::status::phrase(code).unwrap_or(if code >= 500 {
        "Server Error"
    } else {
        "Client Error"
    })
}

/// An example holding `value`.
fn example(value: Value) -> RefOr<Example> {
    let mut example = Example::new();
    example.value = Some(value);
    RefOr::T(example)
}

/// A rendered body as an example: JSON where the media type is, text otherwise.
fn example_value(content_type: &str, body: &str) -> Value {
    if is_json(content_type) {
        if let Ok(value) = serde_json::from_str(body) {
            return value;
        }
    }
    Value::String(body.to_owned())
}

/// `application/json`, or a `+json` structured syntax suffix (RFC 6839 §3.1).
fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// `a` or `b`; `a` where they are the same.
fn union(a: RefOr<Schema>, b: RefOr<Schema>) -> RefOr<Schema> {
    if a == b {
        return a;
    }
    match a {
        RefOr::T(Schema::AnyOf(mut any)) => {
            if !any.items.contains(&b) {
                any.items.push(b);
            }
            RefOr::T(Schema::AnyOf(any))
        }
        a => any_of(a, b),
    }
}

fn any_of(a: RefOr<Schema>, b: RefOr<Schema>) -> RefOr<Schema> {
    let mut any = AnyOf::new();
    any.items = vec![a, b];
    RefOr::T(Schema::AnyOf(any))
}

/// A string.
#[must_use]
pub fn string() -> RefOr<Schema> {
    RefOr::T(Schema::Object(Object::with_type(Type::String)))
}

/// Retry-After's delay-seconds.
fn seconds() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(0))
        .description(Some("Seconds to wait before a new request"))
        .into()
}

/// Retry-After's HTTP-date.
fn http_date() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(
            "The time after which to try again, an HTTP-date (IMF-fixdate, RFC 9110 §5.6.7)",
        ))
        .into()
}

/// The problem details object (RFC 9457 §3) as status-core writes it, with `extensions`.
#[must_use]
pub fn problem(extensions: &[(&str, RefOr<Schema>)]) -> RefOr<Schema> {
    let uri_reference = || {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::Custom("uri-reference".to_owned())))
    };
    let mut object = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some("Problem details (RFC 9457)"))
        .property(
            "type",
            uri_reference().description(Some(
                "A URI reference naming the problem type; absent means about:blank",
            )),
        )
        .property(
            "title",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some("A short summary of the problem type")),
        )
        .property(
            "status",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(400))
                .maximum(Some(599))
                .description(Some("The status code of the response")),
        )
        .property(
            "detail",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some("What happened this time")),
        )
        .property(
            "instance",
            uri_reference().description(Some("A URI reference naming this occurrence")),
        )
        .required("title")
        .required("status");
    for (name, schema) in extensions {
        object = object.property(*name, schema.clone());
    }
    object.into()
}

/// Writes the schemas `schema` refers to by name in place; a schema met again inside itself
/// becomes any value, described by its name, since it cannot be written out.
fn inline(schema: &mut RefOr<Schema>, named: &[(String, RefOr<Schema>)], stack: &mut Vec<String>) {
    match schema {
        RefOr::Ref(reference) => {
            let Some(name) = reference.ref_location.strip_prefix("#/components/schemas/") else {
                return;
            };
            let name = name.to_owned();
            if stack.contains(&name) {
                let mut any = Object::with_type(utoipa::openapi::schema::SchemaType::AnyValue);
                any.description = Some(format!("A `{name}`"));
                *schema = RefOr::T(Schema::Object(any));
                return;
            }
            let Some((_, found)) = named.iter().find(|(known, _)| *known == name) else {
                return;
            };
            *schema = found.clone();
            stack.push(name);
            inline(schema, named, stack);
            stack.pop();
        }
        RefOr::T(Schema::Object(object)) => {
            for property in object.properties.values_mut() {
                inline(property, named, stack);
            }
            if let Some(AdditionalProperties::RefOr(value)) =
                object.additional_properties.as_deref_mut()
            {
                inline(value, named, stack);
            }
        }
        RefOr::T(Schema::Array(array)) => {
            if let ArrayItems::RefOrSchema(items) = &mut array.items {
                inline(items, named, stack);
            }
        }
        RefOr::T(Schema::OneOf(one)) => {
            for item in &mut one.items {
                inline(item, named, stack);
            }
        }
        RefOr::T(Schema::AllOf(all)) => {
            for item in &mut all.items {
                inline(item, named, stack);
            }
        }
        RefOr::T(Schema::AnyOf(any)) => {
            for item in &mut any.items {
                inline(item, named, stack);
            }
        }
        RefOr::T(_) => {}
    }
}
