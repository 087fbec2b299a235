//! Error types of an edition 2024 crate, derived: edition 2024 changes `impl Trait` capture,
//! `unsafe extern`, `gen` as a keyword, the tail-expression temporaries and the never type
//! fallback, and the expansion has to compile under all of them.
#![deny(warnings)]

use status_core::{Challenge, ErrorStatus, HttpStatusError};

/// Every shape: messages with arguments, headers, fields, a default, a dynamic status.
#[derive(Debug, HttpStatusError)]
#[status(default = 500)]
pub enum ApiError<T: std::fmt::Display> {
    #[status(400, message("{} of {max} fields", .fields.len(), max = 10))]
    TooMany {
        fields: Vec<String>,
    },
    #[status(401, message = "sign in")]
    Unauthenticated(#[status(www_authenticate)] Challenge),
    #[status(405, allow = "GET, HEAD", message = "read only {0}")]
    ReadOnly(T),
    #[status(dynamic, message = "{detail}")]
    Custom {
        #[status(code)]
        status: ErrorStatus,
        detail: String,
    },
    Internal(std::io::Error),
}

/// Problem details.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
pub enum Problem {
    #[status(409, message = "version {found} is stale")]
    Stale {
        #[status(extension)]
        found: u64,
    },
    #[status(transparent, message("`{}`", .0.body()))]
    Wrapped(ApiError<u8>),
}
