//! `cargo run -p status-core-examples --example openapi`: the OpenAPI document of two handlers
//! whose errors are derived types, printed as JSON. Feature `utoipa`.

// The errors are described, never built.
#![allow(dead_code)]

use serde::Serialize;
use status_core::HttpStatusError;
use utoipa::{OpenApi, ToSchema};

/// Text bodies. The two 404s share one response, each variant named in it.
#[derive(Debug, thiserror::Error, HttpStatusError)]
enum ApiError {
    #[status(401, www_authenticate = r#"Bearer realm="api""#)]
    #[error("a bearer token is required")]
    Unauthenticated,

    #[status(403, conceal)] // documented as the plain 404 it sends, unnamed
    #[error("forbidden")]
    Forbidden,

    #[status(404, message = "no user {id}")]
    #[error("no user {id}")]
    NoUser { id: u64 },

    #[status(404, message = "the account is closed")]
    #[error("closed")]
    Closed,

    #[status(405, allow = "GET, HEAD", message = "this resource is read-only")]
    #[error("read-only")]
    ReadOnly,

    #[status(503, retry_after = 120)]
    #[error("down for maintenance")]
    Maintenance,
}

/// What a quota allows; its schema comes from `ToSchema`.
#[derive(Debug, Serialize, ToSchema)]
struct Quota {
    limit: u32,
    window_seconds: u64,
}

/// Problem details, with extension members.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum BillingError {
    #[status(
        404,
        problem_type = "https://example.com/probs/no-invoice",
        message = "no invoice {invoice}"
    )]
    NoInvoice {
        #[status(extension)]
        invoice: String,
    },

    #[status(429, message = "over quota")]
    OverQuota {
        #[status(extension)]
        quota: Quota,
        #[status(retry_after)]
        retry: u64,
    },

    #[status(transparent)]
    Api(ApiError),
}

/// Get a user.
#[utoipa::path(
    get,
    path = "/users/{id}",
    params(("id" = u64, Path, description = "the user's id")),
    responses((status = 200, description = "the user", body = String), ApiError)
)]
fn get_user() {}

/// Get an invoice.
#[utoipa::path(
    get,
    path = "/invoices/{invoice}",
    params(("invoice" = String, Path, description = "the invoice's number")),
    responses((status = 200, description = "the invoice", body = String), BillingError)
)]
fn get_invoice() {}

#[derive(OpenApi)]
#[openapi(paths(get_user, get_invoice))]
struct ApiDoc;

fn main() -> Result<(), serde_json::Error> {
    println!("{}", ApiDoc::openapi().to_pretty_json()?);
    Ok(())
}
