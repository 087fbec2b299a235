//! The responses of one status combined: the parts each variant adds, their headers and
//! examples, under one description.

#![allow(clippy::wildcard_imports)]

use super::*;

/// What one variant adds to the response of one status.
pub(super) struct Part {
    pub(super) name: String,
    /// Its line in the description; none for a concealed variant.
    pub(super) line: Option<String>,
    /// Lower-case names.
    pub(super) headers: Vec<(String, Header)>,
    pub(super) body: Body,
}

pub(super) enum Body {
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
pub(super) fn prefixed(name: &str, content: &RefOr<Content>) -> RefOr<Content> {
    match content {
        RefOr::T(content) => RefOr::T(prefix_examples(name, content.clone())),
        RefOr::Ref(reference) => RefOr::Ref(reference.clone()),
    }
}

pub(super) fn prefix_examples(name: &str, mut content: Content) -> Content {
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
pub(super) fn headers(lines: &[Line]) -> Vec<(String, Header)> {
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
pub(super) fn merge(format: &Rendering, status: &str, mut parts: Vec<Part>) -> RefOr<Response> {
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
pub(super) fn merge_headers(parts: &[Part]) -> Vec<(String, Header)> {
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
pub(super) fn display_name(name: &str) -> String {
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
pub(super) fn heading(status: &str) -> String {
    match status.parse::<u16>() {
        Ok(code) => crate::status::title(code).to_owned(),
        Err(_) if status == "default" => "An error status chosen at run time: a registered 4xx \
                                          or 5xx code other than 401, 405, 407, 418 and 426."
            .to_owned(),
        Err(_) => status.to_owned(),
    }
}

/// An example holding `value`.
pub(super) fn example(value: Value) -> RefOr<Example> {
    let mut example = Example::new();
    example.value = Some(value);
    RefOr::T(example)
}

/// A rendered body as an example: JSON where the media type is, text otherwise.
pub(super) fn example_value(content_type: &str, body: &str) -> Value {
    if is_json(content_type) {
        if let Ok(value) = serde_json::from_str(body) {
            return value;
        }
    }
    Value::String(body.to_owned())
}

/// `application/json`, or a `+json` structured syntax suffix (RFC 6839 §3.1).
pub(super) fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// `a` or `b`; `a` where they are the same.
pub(super) fn union(a: RefOr<Schema>, b: RefOr<Schema>) -> RefOr<Schema> {
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

pub(super) fn any_of(a: RefOr<Schema>, b: RefOr<Schema>) -> RefOr<Schema> {
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
pub(super) fn seconds() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(0))
        .description(Some("Seconds to wait before a new request"))
        .into()
}

/// Retry-After's HTTP-date.
pub(super) fn http_date() -> RefOr<Schema> {
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
pub(super) fn inline(
    schema: &mut RefOr<Schema>,
    named: &[(String, RefOr<Schema>)],
    stack: &mut Vec<String>,
) {
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
