//! The cases measured by `benches/response.rs` and counted by `tests/alloc.rs`: two derived
//! enums, one with text bodies and one with problem+json bodies, and the same responses written
//! by hand for each framework, the way a careful person writes them:
//!
//! - `http::Response<B>` (hyper's `Full<Bytes>`, axum's `Body`): one `match`, `Response::new`,
//!   the status, `HeaderValue::from_static` inserts, and a `&'static str` body where the text is
//!   static, which both body types hold without a copy;
//! - axum's own shortcut, a tuple `(StatusCode, [(HeaderName, &str); N], &'static str)`;
//! - poem: a `ResponseError` whose `as_response` builds the same `http` response in poem's
//!   `Body` and hands its parts to `poem::Response` (poem speaks `http` 1);
//! - actix-web: a `ResponseError` whose `error_response` uses `HttpResponse::build`, actix's
//!   `HeaderValue::from_static` and a `&'static str` body where the text is static;
//! - problem+json: `serde_json::to_string` of a `#[derive(Serialize)]` struct of `&str` fields.

use actix_web::http::header as actix_header;
use actix_web::HttpResponse;
use axum_core::response::{AppendHeaders, IntoResponse};
use bytes::Bytes;
use http::header::{ALLOW, CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use http::{HeaderName, HeaderValue, Response, StatusCode};
use serde::Serialize;
use status_core::HttpStatusError;
use std::fmt;

/// hyper's usual body.
pub type Full = http_body_util::Full<Bytes>;
/// axum's body.
pub type AxumBody = axum_core::body::Body;

const TEXT_PLAIN: &str = "text/plain; charset=utf-8";
const PROBLEM_JSON: &str = "application/problem+json";
const BASIC: &str = r#"Basic realm="api""#;
const BEARER: &str = r#"Bearer realm="api""#;
const OUT_OF_CREDIT: &str = "https://example.com/probs/out-of-credit";
const NO_CREDIT: &str = "You do not have enough credit.";

/// The cause a 500 wraps: its text must not reach the client.
#[derive(Debug, Clone)]
pub struct StorageError;

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection refused")
    }
}

impl std::error::Error for StorageError {}

/// The error whose transparent variant is measured.
#[derive(Debug, Clone, HttpStatusError)]
#[status(503, retry_after = 120, message = "down for maintenance")]
pub struct Maintenance;

/// One variant per measured case with a text body.
#[derive(Debug, Clone, HttpStatusError)]
pub enum ApiError {
    /// Static headers, static message.
    #[status(
        405,
        allow = "GET, HEAD",
        header = "cache-control: no-store",
        message = "this resource is read-only"
    )]
    ReadOnly,

    /// A formatted message.
    #[status(404, message = "no user {id}")]
    NoUser { id: u64 },

    /// A 401 with two challenges and a cache directive: four header lines.
    #[status(
        401,
        www_authenticate = r#"Basic realm="api""#,
        www_authenticate = r#"Bearer realm="api""#,
        header = "cache-control: no-store",
        message = "sign in"
    )]
    Unauthenticated,

    /// A Retry-After from a field.
    #[status(429, message = "slow down")]
    Limited(#[status(retry_after)] u64),

    /// Everything from the inner error.
    #[status(transparent)]
    Inner(Maintenance),

    /// A 5xx wrapping its cause: the reason phrase only.
    #[status(500)]
    Storage(StorageError),
}

/// The problem+json case: RFC 9457's own example.
#[derive(Debug, Clone, HttpStatusError)]
#[status(format = "problem+json")]
pub enum ProblemError {
    #[status(
        403,
        problem_type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit.",
        message = "Your current balance is {balance}, but that costs {price}."
    )]
    OutOfCredit {
        #[status(extension)]
        balance: u64,
        price: u64,
    },
}

/// A measured case: the derived type, and its responses written by hand.
pub trait Case:
    HttpStatusError
    + Clone
    + Into<Response<Full>>
    + Into<poem::Error>
    + Into<actix_web::Error>
    + Send
    + Sync
    + 'static
{
    /// The status, by hand.
    fn status_by_hand(&self) -> StatusCode;

    /// The response by hand, in a body type that holds a `&'static str` without a copy.
    fn by_hand<B: From<&'static str> + From<String>>(&self) -> Response<B>;

    /// axum's tuple.
    fn axum_tuple(&self) -> axum_core::response::Response;

    /// actix-web's response, by hand.
    fn actix_by_hand(&self) -> HttpResponse;
}

/// The measured cases of the text enum: an id for criterion, a name for the table, the error.
#[must_use]
pub fn api_cases() -> Vec<(&'static str, &'static str, ApiError)> {
    vec![
        ("static", "static headers + message", ApiError::ReadOnly),
        ("formatted", "formatted message", ApiError::NoUser { id: 7 }),
        (
            "headers",
            "401, two challenges, four lines",
            ApiError::Unauthenticated,
        ),
        (
            "retry_after",
            "Retry-After from a field",
            ApiError::Limited(30),
        ),
        ("transparent", "transparent", ApiError::Inner(Maintenance)),
        (
            "server_error",
            "500 wrapping a source",
            ApiError::Storage(StorageError),
        ),
    ]
}

/// The measured cases of the problem+json enum.
#[must_use]
pub fn problem_cases() -> Vec<(&'static str, &'static str, ProblemError)> {
    vec![(
        "problem_json",
        "problem+json, an extension",
        ProblemError::OutOfCredit {
            balance: 30,
            price: 50,
        },
    )]
}

fn maintenance_by_hand<B: From<&'static str>>() -> Response<B> {
    let mut response = Response::new(B::from("down for maintenance"));
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(TEXT_PLAIN));
    headers.insert(RETRY_AFTER, HeaderValue::from_static("120"));
    response
}

impl Case for ApiError {
    fn status_by_hand(&self) -> StatusCode {
        match self {
            ApiError::ReadOnly => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::NoUser { .. } => StatusCode::NOT_FOUND,
            ApiError::Unauthenticated => StatusCode::UNAUTHORIZED,
            ApiError::Limited(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Inner(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Storage(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn by_hand<B: From<&'static str> + From<String>>(&self) -> Response<B> {
        let (status, body) = match self {
            ApiError::ReadOnly => (
                StatusCode::METHOD_NOT_ALLOWED,
                B::from("this resource is read-only"),
            ),
            ApiError::NoUser { id } => (StatusCode::NOT_FOUND, B::from(format!("no user {id}"))),
            ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, B::from("sign in")),
            ApiError::Limited(_) => (StatusCode::TOO_MANY_REQUESTS, B::from("slow down")),
            ApiError::Inner(_) => return maintenance_by_hand(),
            ApiError::Storage(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                B::from("Internal Server Error"),
            ),
        };
        let mut response = Response::new(body);
        *response.status_mut() = status;
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(TEXT_PLAIN));
        match self {
            ApiError::ReadOnly => {
                headers.insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
                headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            }
            ApiError::Unauthenticated => {
                headers.insert(WWW_AUTHENTICATE, HeaderValue::from_static(BASIC));
                headers.append(WWW_AUTHENTICATE, HeaderValue::from_static(BEARER));
                headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            }
            ApiError::Limited(seconds) => {
                headers.insert(RETRY_AFTER, HeaderValue::from(*seconds));
            }
            ApiError::NoUser { .. } | ApiError::Inner(_) | ApiError::Storage(_) => {}
        }
        response
    }

    fn axum_tuple(&self) -> axum_core::response::Response {
        let none: [(HeaderName, &str); 0] = [];
        match self {
            ApiError::ReadOnly => (
                StatusCode::METHOD_NOT_ALLOWED,
                [(ALLOW, "GET, HEAD"), (CACHE_CONTROL, "no-store")],
                "this resource is read-only",
            )
                .into_response(),
            ApiError::NoUser { id } => {
                (StatusCode::NOT_FOUND, none, format!("no user {id}")).into_response()
            }
            ApiError::Unauthenticated => (
                StatusCode::UNAUTHORIZED,
                // An array of pairs inserts, keeping only the last challenge; AppendHeaders
                // sends both.
                AppendHeaders([
                    (WWW_AUTHENTICATE, BASIC),
                    (WWW_AUTHENTICATE, BEARER),
                    (CACHE_CONTROL, "no-store"),
                ]),
                "sign in",
            )
                .into_response(),
            ApiError::Limited(seconds) => (
                StatusCode::TOO_MANY_REQUESTS,
                [(RETRY_AFTER, HeaderValue::from(*seconds))],
                "slow down",
            )
                .into_response(),
            ApiError::Inner(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                [(RETRY_AFTER, "120")],
                "down for maintenance",
            )
                .into_response(),
            ApiError::Storage(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                none,
                "Internal Server Error",
            )
                .into_response(),
        }
    }

    fn actix_by_hand(&self) -> HttpResponse {
        use actix_header::{HeaderValue, ALLOW, CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER};
        use actix_web::http::StatusCode;
        let text = HeaderValue::from_static(TEXT_PLAIN);
        match self {
            ApiError::ReadOnly => HttpResponse::build(StatusCode::METHOD_NOT_ALLOWED)
                .insert_header((CONTENT_TYPE, text))
                .insert_header((ALLOW, HeaderValue::from_static("GET, HEAD")))
                .insert_header((CACHE_CONTROL, HeaderValue::from_static("no-store")))
                .body("this resource is read-only"),
            ApiError::NoUser { id } => HttpResponse::build(StatusCode::NOT_FOUND)
                .insert_header((CONTENT_TYPE, text))
                .body(format!("no user {id}")),
            ApiError::Unauthenticated => HttpResponse::build(StatusCode::UNAUTHORIZED)
                .insert_header((CONTENT_TYPE, text))
                .append_header((
                    actix_header::WWW_AUTHENTICATE,
                    HeaderValue::from_static(BASIC),
                ))
                .append_header((
                    actix_header::WWW_AUTHENTICATE,
                    HeaderValue::from_static(BEARER),
                ))
                .insert_header((CACHE_CONTROL, HeaderValue::from_static("no-store")))
                .body("sign in"),
            ApiError::Limited(seconds) => HttpResponse::build(StatusCode::TOO_MANY_REQUESTS)
                .insert_header((CONTENT_TYPE, text))
                .insert_header((RETRY_AFTER, HeaderValue::from(*seconds)))
                .body("slow down"),
            ApiError::Inner(_) => HttpResponse::build(StatusCode::SERVICE_UNAVAILABLE)
                .insert_header((CONTENT_TYPE, text))
                .insert_header((RETRY_AFTER, HeaderValue::from_static("120")))
                .body("down for maintenance"),
            ApiError::Storage(_) => HttpResponse::build(StatusCode::INTERNAL_SERVER_ERROR)
                .insert_header((CONTENT_TYPE, text))
                .body("Internal Server Error"),
        }
    }
}

/// The problem details object, as a careful person writes it with serde.
#[derive(Serialize)]
struct OutOfCredit<'a> {
    #[serde(rename = "type")]
    problem_type: &'a str,
    title: &'a str,
    status: u16,
    detail: &'a str,
    balance: u64,
}

impl ProblemError {
    fn json_by_hand(&self) -> String {
        let ProblemError::OutOfCredit { balance, price } = self;
        let detail = format!("Your current balance is {balance}, but that costs {price}.");
        let problem = OutOfCredit {
            problem_type: OUT_OF_CREDIT,
            title: NO_CREDIT,
            status: 403,
            detail: &detail,
            balance: *balance,
        };
        serde_json::to_string(&problem).expect("a struct of strings and numbers")
    }
}

impl Case for ProblemError {
    fn status_by_hand(&self) -> StatusCode {
        StatusCode::FORBIDDEN
    }

    fn by_hand<B: From<&'static str> + From<String>>(&self) -> Response<B> {
        let mut response = Response::new(B::from(self.json_by_hand()));
        *response.status_mut() = StatusCode::FORBIDDEN;
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }

    fn axum_tuple(&self) -> axum_core::response::Response {
        (
            StatusCode::FORBIDDEN,
            [(CONTENT_TYPE, PROBLEM_JSON)],
            self.json_by_hand(),
        )
            .into_response()
    }

    fn actix_by_hand(&self) -> HttpResponse {
        HttpResponse::build(actix_web::http::StatusCode::FORBIDDEN)
            .insert_header((
                actix_header::CONTENT_TYPE,
                actix_header::HeaderValue::from_static(PROBLEM_JSON),
            ))
            .body(self.json_by_hand())
    }
}

/// A case answered by hand in poem and actix-web: their `ResponseError` traits, implemented.
#[derive(Debug)]
pub struct Hand<E>(pub E);

impl<E> fmt::Display for Hand<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error answered by hand")
    }
}

impl<E: fmt::Debug> std::error::Error for Hand<E> {}

impl<E: Case + fmt::Debug> poem::error::ResponseError for Hand<E> {
    fn status(&self) -> StatusCode {
        self.0.status_by_hand()
    }

    fn as_response(&self) -> poem::Response {
        let (parts, body) = self.0.by_hand::<poem::Body>().into_parts();
        let parts = poem::ResponseParts {
            status: parts.status,
            version: parts.version,
            headers: parts.headers,
            extensions: parts.extensions,
        };
        poem::Response::from_parts(parts, body)
    }
}

impl<E: Case + fmt::Debug> actix_web::ResponseError for Hand<E> {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::from_u16(self.0.status_by_hand().as_u16())
            .unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        self.0.actix_by_hand()
    }
}

/// The derived conversion to hyper's `Full<Bytes>`, borrowing.
#[must_use]
pub fn derived_hyper<E: Case>(error: &E) -> Response<Full> {
    error.to_response::<Full>()
}

/// The derived conversion to axum's response, borrowing.
#[must_use]
pub fn derived_axum<E: Case>(error: &E) -> axum_core::response::Response {
    error.to_response::<AxumBody>()
}

/// The derived conversion to poem's response, through `poem::Error` as a handler's error goes.
#[must_use]
pub fn derived_poem<E: Case>(error: &E) -> poem::Response {
    let error: poem::Error = error.clone().into();
    error.into_response()
}

/// The same by hand.
#[must_use]
pub fn poem_by_hand<E: Case + fmt::Debug>(error: &E) -> poem::Response {
    poem::Error::from(Hand(error.clone())).into_response()
}

/// The derived conversion to actix-web's response, through `actix_web::Error` as a handler's
/// error goes.
#[must_use]
pub fn derived_actix<E: Case>(error: &E) -> HttpResponse {
    let error: actix_web::Error = error.clone().into();
    error.error_response()
}

/// The same by hand.
#[must_use]
pub fn actix_by_hand<E: Case + fmt::Debug>(error: &E) -> HttpResponse {
    actix_web::Error::from(Hand(error.clone())).error_response()
}
