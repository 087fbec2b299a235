//! The OpenAPI description (feature `utoipa`): `#[utoipa::path]` handlers list derived types in
//! their `responses(...)`; the document utoipa builds is checked by an independent validator
//! (openapi-spec-validator, and `scripts/openapi_check.py` for schemas, references and
//! examples), and each response is asserted member by member.

// The variants are documented, never built.
#![allow(dead_code)]

use serde::Serialize;
use serde_json::{json, Value};
use status_core::{ErrorStatus, Format, HttpStatusError, Problem};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;
use utoipa::{IntoResponses, OpenApi, ToSchema};

/// The field of a transparent variant: a derived type of its own.
#[derive(Debug, HttpStatusError)]
enum AuthError {
    #[status(
        401,
        www_authenticate = r#"Bearer realm="api""#,
        message = "a token is required"
    )]
    Missing,

    #[status(
        401,
        www_authenticate = r#"Bearer realm="api", error="invalid_token""#,
        message = "the token has expired"
    )]
    Expired,

    #[status(403, message = "the token does not grant {scope}")]
    Scope { scope: String },
}

/// Text bodies: every header key, statuses shared by several variants, a concealed variant, a
/// field header, a transparent variant, a `cfg`'d-out variant.
#[derive(Debug, thiserror::Error, HttpStatusError)]
enum ApiError {
    #[status(404, message = "no user {id}")]
    #[error("no user {id}")]
    NoUser { id: u64 },

    #[status(404, message = "the account is closed")]
    #[error("closed")]
    Closed,

    #[status(403, conceal)]
    #[error("the account is private")]
    Private,

    #[status(405, allow = "GET, HEAD", message = "this resource is read-only")]
    #[error("read-only")]
    ReadOnly,

    #[status(407, proxy_authenticate = r#"Basic realm="proxy""#)]
    #[error("the proxy needs credentials")]
    Proxy,

    #[status(409, message = "edited meanwhile")]
    #[error("conflict")]
    Conflict {
        #[status(header = "x-request-id")]
        request: String,
    },

    #[status(415, accept = "application/json", accept_encoding = "gzip, br")]
    #[error("send JSON")]
    NotJson,

    #[status(416, content_range = "bytes */1234", message = "past the end")]
    #[error("range")]
    Range,

    #[status(426, upgrade = "HTTP/2.0", message = "use HTTP/2")]
    #[error("upgrade")]
    Upgrade,

    #[status(429, message = "slow down")]
    #[error("slow down")]
    Limited(#[status(retry_after)] u64),

    #[status(451, blocked_by = "https://example.com/legal", message = "blocked")]
    #[error("blocked")]
    Blocked,

    #[status(500)]
    #[error("database: {0}")]
    Database(#[source] std::io::Error),

    #[status(503, retry_after = 120, header = "X-Maintenance: planned")]
    #[error("maintenance")]
    Maintenance,

    #[status(503, retry_after = "Wed, 21 Oct 2026 07:28:00 GMT")]
    #[error("moving")]
    Moving,

    #[status(transparent)]
    #[error("auth")]
    Auth(AuthError),

    #[cfg(any())]
    #[status(410, message = "gone")]
    #[error("gone")]
    Gone,
}

// An extension member's type whose schema refers to another one.
/// How many requests a window allows.
#[derive(Debug, Serialize, ToSchema)]
struct Quota {
    limit: u32,
    window: Window,
}

#[derive(Debug, Serialize, ToSchema)]
struct Window {
    seconds: u64,
}

/// Problem details: problem types, titles, extension members, an instance.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum ProblemError {
    #[status(
        404,
        problem_type = "https://example.com/probs/no-user",
        title = "No such user",
        message = "no user {user_id}"
    )]
    NoUser {
        #[status(extension)]
        user_id: String,
    },

    #[status(
        404,
        problem_type = "https://example.com/probs/no-team",
        message = "no team {team}"
    )]
    NoTeam {
        #[status(extension = "team_id")]
        team: u64,
    },

    #[status(409, message = "edited meanwhile")]
    Stale {
        #[status(instance)]
        at: String,
        #[status(extension)]
        version: Option<u64>,
    },

    #[status(429, message = "quota exceeded")]
    OverQuota {
        #[status(extension)]
        quota: Quota,
        #[status(retry_after)]
        retry: u64,
    },

    #[status(404, message = "nothing here")]
    Nothing,

    #[status(500)]
    Database(std::io::Error),
}

/// JSON:API's error document, a format of the application's own that describes its schema.
struct Errors;

impl Format for Errors {
    const CONTENT_TYPE: &'static str = "application/vnd.api+json";

    fn render(problem: &Problem) -> String {
        json!({ "errors": [{ "status": problem.status.as_str(), "detail": problem.text() }] })
            .to_string()
    }

    fn body_schema(_: &[(&str, RefOr<Schema>)]) -> RefOr<Schema> {
        let error = ObjectBuilder::new()
            .property("status", ObjectBuilder::new().schema_type(Type::String))
            .property("detail", ObjectBuilder::new().schema_type(Type::String))
            .required("status")
            .required("detail");
        ObjectBuilder::new()
            .property("errors", ArrayBuilder::new().items(error))
            .required("errors")
            .into()
    }
}

#[derive(Debug, HttpStatusError)]
#[status(format = Errors)]
enum ArticleError {
    #[status(404, message = "no such article")]
    NoArticle,

    #[status(transparent)]
    Auth(AuthError),
}

/// A format that keeps `Format`'s default schema.
struct Markdown;

impl Format for Markdown {
    const CONTENT_TYPE: &'static str = "text/markdown";

    fn render(problem: &Problem) -> String {
        format!("**{}**", problem.text())
    }
}

#[derive(Debug, HttpStatusError)]
#[status(format = Markdown)]
enum WikiError {
    #[status(404, message = "no such page")]
    NoPage,
}

/// A status chosen at run time, beside a fixed one.
#[derive(Debug, HttpStatusError)]
enum UpstreamError {
    #[status(
        dynamic,
        message = "the upstream answered {status}",
        header = "X-Upstream: billing"
    )]
    Upstream {
        #[status(code)]
        status: ErrorStatus,
    },

    #[status(502, message = "the upstream is unreachable")]
    Unreachable,
}

/// A struct, and a transparent variant worded by its own message.
#[derive(Debug, HttpStatusError)]
#[status(503, retry_after = 30, message = "down for maintenance")]
struct Down;

#[derive(Debug, HttpStatusError)]
enum Worded {
    #[status(transparent, message = "sign in first")]
    Auth(AuthError),
}

/// Generic: an extension of a type parameter, a transparent type parameter.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum Generic<T, E> {
    #[status(422, message = "invalid value")]
    Invalid {
        #[status(extension)]
        value: T,
    },

    #[status(transparent)]
    Inner(E),
}

/// A type whose author wrote the description by hand.
#[derive(Debug, HttpStatusError)]
#[status(no_utoipa)]
enum HandWritten {
    #[status(404, message = "not here")]
    NotHere,
}

impl IntoResponses for HandWritten {
    fn responses() -> std::collections::BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        utoipa::openapi::ResponsesBuilder::new()
            .response("404", utoipa::openapi::Response::new("written by hand"))
            .response("410", utoipa::openapi::Ref::from_response_name("Gone"))
            .build()
            .into()
    }
}

/// A transparent variant over the hand-written description, with a component response.
#[derive(Debug, HttpStatusError)]
enum Wrapper {
    #[status(404, message = "no wrapper")]
    NoWrapper,

    #[status(transparent)]
    Hand(HandWritten),
}

/// Not documentable: an extension member without a schema, a transparent field without
/// responses. It compiles, and its other impls are there; it has no `IntoResponses`.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum Undocumented {
    #[status(409, message = "conflict")]
    Conflict {
        #[status(extension)]
        account: Account,
    },

    #[status(transparent)]
    Upstream(Upstream),
}

#[derive(Debug, Serialize)]
struct Account {
    balance: u64,
}

#[derive(Debug)]
struct Upstream;

impl HttpStatusError for Upstream {
    fn status(&self) -> http::StatusCode {
        http::StatusCode::BAD_GATEWAY
    }

    fn write_headers(&self, _: &mut http::HeaderMap) {}

    fn body(&self) -> String {
        "the upstream failed".to_owned()
    }
}

#[derive(utoipa::ToResponse)]
#[response(description = "gone for good")]
struct Gone;

#[utoipa::path(
    get,
    path = "/users/{id}",
    params(("id" = u64, Path, description = "the user's id")),
    responses((status = 200, description = "the user", body = String), ApiError)
)]
#[allow(dead_code)]
fn get_user() {}

#[utoipa::path(
    get,
    path = "/teams/{id}",
    params(("id" = u64, Path, description = "the team's id")),
    responses((status = 200, description = "the team", body = String), ProblemError)
)]
#[allow(dead_code)]
fn get_team() {}

#[utoipa::path(
    get,
    path = "/articles",
    responses((status = 200, description = "the articles", body = String), ArticleError)
)]
#[allow(dead_code)]
fn get_articles() {}

#[utoipa::path(
    get,
    path = "/wiki",
    responses((status = 200, description = "the page", body = String), WikiError)
)]
#[allow(dead_code)]
fn get_wiki() {}

#[utoipa::path(
    get,
    path = "/invoices",
    responses((status = 200, description = "the invoices", body = String), UpstreamError, Down)
)]
#[allow(dead_code)]
fn get_invoices() {}

#[utoipa::path(
    get,
    path = "/values",
    responses((status = 200, description = "the values", body = String), Generic<Quota, AuthError>)
)]
#[allow(dead_code)]
fn get_values() {}

#[utoipa::path(
    get,
    path = "/wrapped",
    responses((status = 200, description = "the wrapper", body = String), Wrapper, Worded)
)]
#[allow(dead_code)]
fn get_wrapped() {}

#[derive(OpenApi)]
#[openapi(
    paths(
        get_user,
        get_team,
        get_articles,
        get_wiki,
        get_invoices,
        get_values,
        get_wrapped
    ),
    components(responses(Gone))
)]
struct ApiDoc;

/// The responses of `T`, as JSON.
fn described<T: IntoResponses>() -> Value {
    serde_json::to_value(T::responses()).expect("responses serialize")
}

/// The text content every text response declares.
fn text(examples: Value) -> Value {
    let mut content = json!({ "schema": { "type": "string" } });
    if !examples.is_null() {
        content["examples"] = examples;
    }
    json!({ "text/plain; charset=utf-8": content })
}

/// The problem details schema, with `extensions` as properties.
fn problem_schema(extensions: &Value) -> Value {
    let mut properties = json!({
        "type": {
            "type": "string",
            "format": "uri-reference",
            "description": "A URI reference naming the problem type; absent means about:blank"
        },
        "title": { "type": "string", "description": "A short summary of the problem type" },
        "status": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599,
            "description": "The status code of the response"
        },
        "detail": { "type": "string", "description": "What happened this time" },
        "instance": {
            "type": "string",
            "format": "uri-reference",
            "description": "A URI reference naming this occurrence"
        }
    });
    for (name, schema) in extensions.as_object().into_iter().flatten() {
        properties[name] = schema.clone();
    }
    json!({
        "type": "object",
        "description": "Problem details (RFC 9457)",
        "properties": properties,
        "required": ["title", "status"]
    })
}

fn example(value: Value) -> Value {
    Value::Object([("value".to_owned(), value)].into_iter().collect())
}

#[test]
fn every_status_once_and_nothing_else() {
    let responses = described::<ApiError>();
    let statuses: Vec<&str> = responses
        .as_object()
        .expect("a map")
        .keys()
        .map(String::as_str)
        .collect();
    // 403 is the inner type's (`Scope`): the concealed 403 is documented as the 404 it sends.
    assert_eq!(
        statuses,
        [
            "401", "403", "404", "405", "407", "409", "415", "416", "426", "429", "451", "500",
            "503"
        ]
    );
}

#[test]
fn variants_of_one_status_are_merged_and_named() {
    let responses = described::<ApiError>();
    assert_eq!(
        responses["404"],
        json!({
            "description": "Not Found\n\n- `NoUser`: no user {id}\n- `Closed`: the account is closed",
            "content": text(json!({
                "Closed": example(json!("the account is closed")),
                "Not Found": example(json!("Not Found")),
            })),
        })
    );
    let description = responses["404"]["description"].as_str().unwrap_or_default();
    assert!(
        !description.contains("Private"),
        "a concealed variant is not named: {description}"
    );
}

#[test]
fn headers_with_schemas_and_static_examples() {
    let responses = described::<ApiError>();
    let string = json!({ "type": "string" });
    assert_eq!(
        responses["405"],
        json!({
            "description": "Method Not Allowed\n\n- `ReadOnly`: this resource is read-only",
            "headers": { "Allow": { "schema": string, "example": "GET, HEAD" } },
            "content": text(json!({ "ReadOnly": example(json!("this resource is read-only")) })),
        })
    );
    assert_eq!(
        responses["407"],
        json!({
            "description": "Proxy Authentication Required\n\n- `Proxy`",
            "headers": {
                "Proxy-Authenticate": {
                    "schema": string,
                    "description": "One field line per challenge.",
                    "example": "Basic realm=\"proxy\"",
                }
            },
            "content": text(Value::Null),
        })
    );
    assert_eq!(
        responses["409"],
        json!({
            "description": "Conflict\n\n- `Conflict`: edited meanwhile",
            "headers": {
                "X-Request-Id": {
                    "schema": string,
                    "description": "Its value comes from the error at run time; it is left out \
                                    when there is none to send.",
                }
            },
            "content": text(json!({ "Conflict": example(json!("edited meanwhile")) })),
        })
    );
    assert_eq!(
        responses["415"]["headers"],
        json!({
            "Accept": { "schema": string, "example": "application/json" },
            "Accept-Encoding": { "schema": string, "example": "gzip, br" },
        })
    );
    assert_eq!(
        responses["415"]["content"],
        text(Value::Null),
        "the Display text is not known in advance"
    );
    assert_eq!(
        responses["416"]["headers"],
        json!({ "Content-Range": { "schema": string, "example": "bytes */1234" } })
    );
    assert_eq!(
        responses["426"]["headers"],
        json!({
            "Upgrade": { "schema": string, "example": "HTTP/2.0" },
            "Connection": { "schema": string, "example": "upgrade" },
        })
    );
    assert_eq!(
        responses["451"]["headers"],
        json!({
            "Link": {
                "schema": string,
                "example": "<https://example.com/legal>; rel=\"blocked-by\"",
            }
        })
    );
    assert_eq!(
        responses["500"],
        json!({
            "description": "Internal Server Error\n\n- `Database`",
            "content": text(json!({ "Database": example(json!("Internal Server Error")) })),
        })
    );
}

#[test]
fn retry_after_is_seconds_or_a_date() {
    let responses = described::<ApiError>();
    let seconds = json!({
        "type": "integer",
        "minimum": 0,
        "description": "Seconds to wait before a new request",
    });
    let date = json!({
        "type": "string",
        "description": "The time after which to try again, an HTTP-date (IMF-fixdate, \
                        RFC 9110 §5.6.7)",
    });
    // A field: either.
    assert_eq!(
        responses["429"]["headers"],
        json!({
            "Retry-After": {
                "schema": { "anyOf": [seconds, date] },
                "description": "Its value comes from the error at run time; it is left out \
                                when there is none to send.",
            }
        })
    );
    // Two variants, one with seconds and one with a date; one sends a header the other
    // does not.
    assert_eq!(
        responses["503"],
        json!({
            "description": "Service Unavailable\n\n- `Maintenance`\n- `Moving`",
            "headers": {
                "Retry-After": {
                    "schema": { "anyOf": [seconds, date] },
                    "examples": {
                        "Maintenance": example(json!(120)),
                        "Moving": example(json!("Wed, 21 Oct 2026 07:28:00 GMT")),
                    },
                },
                "X-Maintenance": {
                    "schema": { "type": "string" },
                    "description": "Sent only by `Maintenance`.",
                    "example": "planned",
                },
            },
            "content": text(json!({
                "Maintenance": example(json!("Service Unavailable")),
                "Moving": example(json!("Service Unavailable")),
            })),
        })
    );
}

#[test]
fn a_transparent_variant_is_documented_with_its_fields_responses() {
    let responses = described::<ApiError>();
    assert_eq!(
        responses["401"],
        json!({
            "description": "Unauthorized\n\n- `Auth`\n  - `Missing`: a token is required\n  \
                            - `Expired`: the token has expired",
            "headers": {
                "WWW-Authenticate": {
                    "schema": { "type": "string" },
                    "description": "One field line per challenge.",
                    "examples": {
                        "Auth.Missing": example(json!("Bearer realm=\"api\"")),
                        "Auth.Expired": example(json!("Bearer realm=\"api\", error=\"invalid_token\"")),
                    },
                }
            },
            "content": text(json!({
                "Auth.Missing": example(json!("a token is required")),
                "Auth.Expired": example(json!("the token has expired")),
            })),
        })
    );
    assert_eq!(
        responses["403"],
        json!({
            "description": "Forbidden\n\n- `Auth`\n  - `Scope`: the token does not grant {scope}",
            "content": text(Value::Null),
        })
    );
}

#[test]
fn a_transparent_variant_worded_by_its_message() {
    let responses = described::<Worded>();
    assert_eq!(
        responses["401"]["description"],
        "Unauthorized\n\n- `Auth`: sign in first"
    );
    assert_eq!(
        responses["401"]["content"],
        text(json!({ "Auth": example(json!("sign in first")) })),
        "the inner examples are not what is sent"
    );
    assert_eq!(
        responses["401"]["headers"]["WWW-Authenticate"]["examples"]["Auth.Missing"],
        example(json!("Bearer realm=\"api\"")),
        "the headers are the inner type's"
    );
}

#[test]
fn problem_details_with_extension_members() {
    let responses = described::<ProblemError>();
    let content = |schema: Value, examples: Value| {
        let mut content = json!({ "schema": schema });
        if !examples.is_null() {
            content["examples"] = examples;
        }
        json!({ "application/problem+json": content })
    };
    assert_eq!(
        responses["404"],
        json!({
            "description": "Not Found\n\n- `NoUser`: no user {user_id}\n- `NoTeam`: no team \
                            {team}\n- `Nothing`: nothing here",
            "content": content(
                problem_schema(&json!({
                    "user_id": { "type": "string" },
                    "team_id": { "type": "integer", "format": "int64", "minimum": 0 },
                })),
                json!({
                    "Nothing": example(json!({
                        "title": "Not Found",
                        "status": 404,
                        "detail": "nothing here",
                    })),
                }),
            ),
        })
    );
    // `Option<u64>` and `instance`.
    assert_eq!(
        responses["409"]["content"]["application/problem+json"]["schema"],
        problem_schema(&json!({
            "version": {
                "oneOf": [
                    { "type": "null" },
                    { "type": "integer", "format": "int64", "minimum": 0 },
                ]
            }
        }))
    );
    // A type that refers to another: written in place, no component needed.
    assert_eq!(
        responses["429"],
        json!({
            "description": "Too Many Requests\n\n- `OverQuota`: quota exceeded",
            "headers": {
                "Retry-After": {
                    "schema": { "anyOf": [
                        {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Seconds to wait before a new request",
                        },
                        {
                            "type": "string",
                            "description": "The time after which to try again, an HTTP-date \
                                            (IMF-fixdate, RFC 9110 §5.6.7)",
                        },
                    ] },
                    "description": "Its value comes from the error at run time; it is left \
                                    out when there is none to send.",
                }
            },
            "content": content(
                problem_schema(&json!({
                    "quota": {
                        "description": "How many requests a window allows.",
                        "type": "object",
                        "properties": {
                            "limit": { "type": "integer", "format": "int32", "minimum": 0 },
                            "window": {
                                "type": "object",
                                "properties": {
                                    "seconds": {
                                        "type": "integer",
                                        "format": "int64",
                                        "minimum": 0,
                                    }
                                },
                                "required": ["seconds"],
                            },
                        },
                        "required": ["limit", "window"],
                    }
                })),
                Value::Null,
            ),
        })
    );
    assert_eq!(
        responses["500"]["content"]["application/problem+json"]["examples"],
        json!({
            "Database": example(json!({ "title": "Internal Server Error", "status": 500 })),
        })
    );
}

#[test]
fn a_format_of_the_applications_own_names_its_schema() {
    let article = described::<ArticleError>();
    let schema = json!({
        "type": "object",
        "properties": {
            "errors": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "status": { "type": "string" },
                        "detail": { "type": "string" },
                    },
                    "required": ["status", "detail"],
                },
            }
        },
        "required": ["errors"],
    });
    assert_eq!(
        article["404"],
        json!({
            "description": "Not Found\n\n- `NoArticle`: no such article",
            "content": {
                "application/vnd.api+json": {
                    "schema": schema,
                    "examples": {
                        "NoArticle": example(json!({
                            "errors": [{ "status": "404", "detail": "no such article" }]
                        })),
                    },
                }
            },
        })
    );
    // The inner type's text bodies are rendered in this type's format: its schema, and no
    // example, since the inner examples are text.
    assert_eq!(
        article["401"]["content"],
        json!({ "application/vnd.api+json": { "schema": schema } })
    );

    let wiki = described::<WikiError>();
    assert_eq!(
        wiki["404"]["content"],
        json!({
            "text/markdown": {
                "schema": { "type": "string" },
                "examples": { "NoPage": example(json!("**no such page**")) },
            }
        })
    );
}

#[test]
fn a_dynamic_status_is_the_default_response() {
    let responses = described::<UpstreamError>();
    assert_eq!(
        responses,
        json!({
            "502": {
                "description": "Bad Gateway\n\n- `Unreachable`: the upstream is unreachable",
                "content": text(json!({
                    "Unreachable": example(json!("the upstream is unreachable")),
                })),
            },
            "default": {
                "description": "An error status chosen at run time: a registered 4xx or 5xx \
                                code other than 401, 405, 407, 418 and 426.\n\n- `Upstream`: \
                                the upstream answered {status}",
                "headers": {
                    "X-Upstream": { "schema": { "type": "string" }, "example": "billing" },
                },
                "content": text(Value::Null),
            },
        })
    );
}

#[test]
fn a_struct() {
    assert_eq!(
        described::<Down>(),
        json!({
            "503": {
                "description": "Service Unavailable\n\n- `Down`: down for maintenance",
                "headers": {
                    "Retry-After": {
                        "schema": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Seconds to wait before a new request",
                        },
                        "example": 30,
                    }
                },
                "content": text(json!({ "Down": example(json!("down for maintenance")) })),
            }
        })
    );
}

#[test]
fn generic_fields() {
    let responses = described::<Generic<u32, AuthError>>();
    assert_eq!(
        responses["422"]["content"]["application/problem+json"]["schema"]["properties"]["value"],
        json!({ "type": "integer", "format": "int32", "minimum": 0 })
    );
    // The inner text bodies, rendered as problem details.
    assert_eq!(
        responses["401"]["content"],
        json!({ "application/problem+json": { "schema": problem_schema(&json!({})) } })
    );
    // Inner problem details: the inner type's content, its examples named after this variant.
    let inner = described::<ProblemError>();
    let mut content = inner["404"]["content"].clone();
    let examples = &mut content["application/problem+json"]["examples"];
    examples["Inner.Nothing"] = examples["Nothing"].take();
    examples
        .as_object_mut()
        .expect("examples")
        .remove("Nothing");
    assert_eq!(
        described::<Generic<u32, ProblemError>>()["404"]["content"],
        content
    );
}

#[test]
fn opting_out_keeps_the_hand_written_description() {
    assert_eq!(
        described::<HandWritten>(),
        json!({
            "404": { "description": "written by hand" },
            "410": { "$ref": "#/components/responses/Gone" },
        })
    );
    // Through a transparent variant: merged where the status is shared, a component kept.
    assert_eq!(
        described::<Wrapper>(),
        json!({
            "404": {
                "description": "Not Found\n\n- `NoWrapper`: no wrapper\n- `Hand`: written by hand",
                "content": text(json!({ "NoWrapper": example(json!("no wrapper")) })),
            },
            "410": { "$ref": "#/components/responses/Gone" },
        })
    );
}

/// Whether `T` implements `IntoResponses`, found by autoref specialization.
struct Probe<T>(std::marker::PhantomData<T>);

trait Documented {
    fn documented(&self) -> bool {
        true
    }
}

impl<T: IntoResponses> Documented for Probe<T> {}

trait NotDocumented {
    fn documented(&self) -> bool {
        false
    }
}

impl<T> NotDocumented for &Probe<T> {}

#[test]
#[allow(clippy::needless_borrow)] // the borrow is what chooses between the two impls
fn a_type_that_cannot_be_documented_still_compiles() {
    assert!(!(&Probe::<Undocumented>(std::marker::PhantomData)).documented());
    assert!((&Probe::<ApiError>(std::marker::PhantomData)).documented());
    let response: http::Response<String> = Undocumented::Upstream(Upstream).into();
    assert_eq!(response.status(), 502);
    let response: http::Response<String> = Undocumented::Conflict {
        account: Account { balance: 0 },
    }
    .into();
    assert_eq!(response.status(), 409);
}

#[test]
fn the_handlers_list_every_status() {
    let document = serde_json::to_value(ApiDoc::openapi()).expect("the document serializes");
    let operation = &document["paths"]["/users/{id}"]["get"]["responses"];
    assert_eq!(operation["200"]["description"], "the user");
    assert_eq!(operation["404"], described::<ApiError>()["404"]);
    let invoices = &document["paths"]["/invoices"]["get"]["responses"];
    // Two types in one handler: `Down`'s 503 and `UpstreamError`'s statuses side by side.
    assert_eq!(invoices["503"], described::<Down>()["503"]);
    assert_eq!(invoices["502"], described::<UpstreamError>()["502"]);
    assert_eq!(invoices["default"], described::<UpstreamError>()["default"]);
}

#[test]
fn the_document_passes_the_validator() {
    let document = ApiDoc::openapi()
        .to_pretty_json()
        .expect("the document serializes");
    check("api", &document);
}

/// The checker is not a formality: a document whose example contradicts its schema, and one
/// with a reference to nowhere, are refused.
#[test]
fn the_validator_refuses_a_broken_document() {
    let mut document = serde_json::to_value(ApiDoc::openapi()).expect("the document serializes");
    document["paths"]["/invoices"]["get"]["responses"]["503"]["headers"]["Retry-After"]
        ["example"] = json!("soon");
    let mut reference = serde_json::to_value(ApiDoc::openapi()).expect("serializes");
    reference["paths"]["/wiki"]["get"]["responses"]["404"]["content"]["text/markdown"]["schema"] =
        json!({ "$ref": "#/components/schemas/Nowhere" });
    for (name, document, finding) in [
        (
            "broken-example",
            document,
            "the example does not match its schema",
        ),
        ("broken-reference", reference, "does not resolve"),
    ] {
        let Some(report) = run_checker(name, &document.to_string()) else {
            return;
        };
        assert!(!report.0, "{name}: the checker accepted it:\n{}", report.1);
        assert!(report.1.contains(finding), "{name}:\n{}", report.1);
    }
}

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is in the workspace")
        .to_owned()
}

/// Has the checker accept `document`.
fn check(name: &str, document: &str) {
    if let Some((ok, report)) = run_checker(name, document) {
        assert!(ok, "the OpenAPI document is refused:\n{report}");
    }
}

/// Saves `document` as `target/openapi/<name>.json` and, when the venv made by
/// `scripts/openapi.sh setup` is there (it is made on the first run), runs
/// `scripts/openapi_check.py` on it: whether it passed, and its report. Without the venv the
/// check is skipped with a note, unless `STATUS_CORE_REQUIRE_OPENAPI=1` or `CI=true`.
fn run_checker(name: &str, document: &str) -> Option<(bool, String)> {
    // Tests run in parallel: one makes the venv, the others wait for it.
    static SETUP: Mutex<()> = Mutex::new(());
    let dir = root().join("target").join("openapi");
    std::fs::create_dir_all(&dir).expect("create the document directory");
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, document).expect("save the document");

    let venv = std::env::var_os("OPENAPI_VENV")
        .map_or_else(|| root().join("target").join("openapi-venv"), PathBuf::from);
    let python = venv.join("bin").join("python");
    let required = std::env::var("STATUS_CORE_REQUIRE_OPENAPI").is_ok_and(|v| v == "1")
        || std::env::var("CI").is_ok_and(|v| v == "true");
    let setup_lock = SETUP
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !python.exists() {
        // The first run on a machine makes the venv (python3 and PyPI, about 20 seconds).
        let setup = Command::new("bash")
            .arg(root().join("scripts").join("openapi.sh"))
            .arg("setup")
            .env("OPENAPI_VENV", &venv)
            .output()
            .expect("run scripts/openapi.sh setup");
        if !setup.status.success() {
            let why = String::from_utf8_lossy(&setup.stderr);
            assert!(
                !required,
                "the OpenAPI validator is required but scripts/openapi.sh setup failed:\n{why}"
            );
            eprintln!(
                "note: OpenAPI document not validated (scripts/openapi.sh setup failed: {why})"
            );
            return None;
        }
    }
    drop(setup_lock);
    let output = Command::new(&python)
        .arg(root().join("scripts").join("openapi_check.py"))
        .arg(&file)
        .output()
        .expect("run the OpenAPI checker");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    eprintln!("{report}");
    Some((output.status.success(), report))
}
