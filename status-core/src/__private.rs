//! What the derive's expansion names. Not a public API: it changes without notice.

pub use ::core;
pub use ::http;
pub use ::std::format;
pub use ::std::string::{String, ToString};

use http::StatusCode;

/// The status for a code the derive has already checked to be in 400..=599.
///
/// Only ever evaluated in a `const` block, so the impossible branch is a compile-time error and
/// never a panic at run time.
#[must_use]
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("status codes are checked by the derive"),
    }
}
