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
//! The attribute reference and the rule table are in the README.

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]

mod challenge;
mod error;
pub mod field;
pub mod format;
mod integration;
#[cfg_attr(not(feature = "negotiate"), doc(hidden))]
pub mod negotiate;
mod problem;
mod status;

pub use crate::challenge::Challenge;
pub use crate::error::HttpStatusError;
pub use crate::format::Format;
#[cfg(feature = "negotiate")]
pub use crate::negotiate::NegotiateLayer;
pub use crate::problem::Problem;
pub use crate::status::{ErrorStatus, RefusedStatus};

/// Derives [`HttpStatusError`](trait@HttpStatusError) and
/// `From<YourError> for http::Response<B>`; see the crate documentation and the README.
#[cfg(feature = "derive")]
pub use status_derive::HttpStatusError;

#[doc(hidden)]
pub mod __private;

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;
