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
                    let mut problem =
                        Problem::titled(status, self.title.unwrap_or(crate::status::title(code)));
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
            code.map_or("", crate::status::title).to_owned()
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

mod combine;

use combine::{
    example, example_value, headers, heading, inline, merge, prefix_examples, prefixed, Body, Part,
};
pub use combine::{problem, string};
