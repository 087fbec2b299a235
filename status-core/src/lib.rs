//! HTTP error responses from your error types, checked against RFC 9110 at compile time.
//!
//! `#[derive(HttpStatusError)]` turns an enum or struct into an HTTP error response and refuses
//! to compile when that response would break HTTP's rules: a 401 without a challenge, a 405
//! without `Allow`, a malformed header value, a status code that is not an error. 5xx bodies carry
//! only the reason phrase unless a variant opts in, so internal errors never leak.
//!
//! ```
//! use status_core::HttpStatusError;
//!
//! #[derive(Debug, HttpStatusError)]
//! enum ApiError {
//!     #[status(404, message = "no user {id}")]
//!     NoUser { id: u64 },
//!
//!     #[status(405, allow = "GET, HEAD", message = "this resource is read-only")]
//!     ReadOnly,
//!
//!     #[status(500)]
//!     Database(std::io::Error),
//! }
//!
//! let response: http::Response<String> = ApiError::NoUser { id: 7 }.into();
//! assert_eq!(response.status(), 404);
//! assert_eq!(response.body(), "no user 7");
//!
//! let response = ApiError::ReadOnly.to_response::<String>();
//! assert_eq!(response.headers()["allow"], "GET, HEAD");
//!
//! let err = ApiError::Database(std::io::Error::other("password=hunter2"));
//! assert_eq!(err.to_response::<String>().body(), "Internal Server Error");
//! ```
//!
//! # The reference
//!
//! [`docs`] is the reference of the derive, one page per subject, with examples that run:
//!
//! - [`docs::attributes`]: `#[status(...)]` on a variant, a struct or the type, every key;
//! - [`docs::fields`]: headers from fields, and the types those fields may have;
//! - [`docs::values`]: the grammar each value must follow, checked at compile time;
//! - [`docs::formats`]: the body formats, text, RFC 9457 problem details, your own;
//! - [`docs::rules`]: the rule table, what each status code requires, with its RFC section;
//! - [`docs::frameworks`]: the features for axum, actix-web, poem and tracing.
//!
//! # Features
//!
//! - `derive` (default): re-exports `#[derive(HttpStatusError)]`.
//! - `axum`, `actix-web`, `poem`: the derive also implements that framework's error conversion,
//!   so a derived type is the error of its handlers ([`docs::frameworks`]).
//! - `tracing`: each consuming conversion logs the error, a 5xx with its `source()` chain.
//!
//! Without a framework feature, [`HttpStatusError::to_response`] and `From<YourError> for
//! http::Response<B>` serve hyper, tower and anything else built on the `http` crate.

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod challenge;
pub mod docs;
mod error;
pub mod field;
pub mod format;
mod integration;
mod names;
#[cfg_attr(not(feature = "negotiate"), doc(hidden))]
pub mod negotiate;
mod nonempty;
mod problem;
mod status;

pub use crate::challenge::Challenge;
pub use crate::error::{HttpStatusError, ResponseBody};
pub use crate::format::Format;
#[cfg(feature = "negotiate")]
pub use crate::negotiate::NegotiateLayer;
pub use crate::nonempty::NonEmpty;
pub use crate::problem::Problem;
pub use crate::status::{ErrorStatus, RefusedStatus};

/// The derive, checked against RFC 9110 at compile time; its reference is [`docs`]:
/// [`attributes`](docs::attributes), [`fields`](docs::fields), [`values`](docs::values),
/// [`formats`](docs::formats), [`rules`](docs::rules), [`frameworks`](docs::frameworks).
#[cfg(feature = "derive")]
pub use status_derive::HttpStatusError;

#[doc(hidden)]
pub mod __private;
