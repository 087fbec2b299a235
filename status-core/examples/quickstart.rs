//! Prints, for each variant of an example error enum, the response it becomes, as the raw
//! HTTP/1.1 text a server would send.
//!
//! ```text
//! cargo run --example quickstart
//! ```

use http::Response;
use status_core::HttpStatusError;
use std::fmt::{self, Write as _};

#[derive(Debug, HttpStatusError)]
enum ApiError {
    #[status(400, message = "invalid JSON at byte {0}")]
    BadJson(usize),

    #[status(401, www_authenticate = r#"Bearer realm="api""#)]
    Unauthenticated,

    // Answered as 404 Not Found, so nobody learns that the document exists.
    #[status(403, conceal)]
    Forbidden,

    #[status(NOT_FOUND, message = "no user {id}")]
    NoUser { id: u64 },

    #[status(405, allow = "GET, HEAD")]
    ReadOnly,

    #[status(409, message = "version {expected} expected, found {found}")]
    Stale { expected: u64, found: u64 },

    #[status(415, accept = "application/json")]
    NotJson,

    // The body is "Internal Server Error": the cause never reaches the client.
    #[status(500)]
    Database(std::io::Error),

    #[status(503, retry_after = 120)]
    Maintenance,
}

/// The body of 4xx variants without a `message`; for logs, the whole story.
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Database(err) => write!(f, "database: {err}"),
            ApiError::Unauthenticated => f.write_str("a bearer token is required"),
            ApiError::Forbidden => f.write_str("you may not see this"),
            ApiError::ReadOnly => f.write_str("this resource is read-only"),
            ApiError::NotJson => f.write_str("send application/json"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// The response as HTTP/1.1 text, with the Content-Length a server would add.
fn raw(response: &Response<String>) -> String {
    let status = response.status();
    let mut text = format!(
        "HTTP/1.1 {} {}\r\n",
        status.as_str(),
        status.canonical_reason().unwrap_or("")
    );
    for (name, value) in response.headers() {
        let value = String::from_utf8_lossy(value.as_bytes());
        let _ = write!(text, "{name}: {value}\r\n");
    }
    let _ = write!(text, "content-length: {}\r\n\r\n", response.body().len());
    text.push_str(response.body());
    text
}

fn main() {
    let errors = [
        ApiError::BadJson(17),
        ApiError::Unauthenticated,
        ApiError::Forbidden,
        ApiError::NoUser { id: 42 },
        ApiError::ReadOnly,
        ApiError::Stale {
            expected: 3,
            found: 2,
        },
        ApiError::NotJson,
        ApiError::Database(std::io::Error::other(
            "connection refused: db.internal:5432",
        )),
        ApiError::Maintenance,
    ];
    for error in errors {
        println!("# ApiError::{error:?}");
        let response: Response<String> = error.into();
        println!("{}\n", raw(&response));
    }
}
