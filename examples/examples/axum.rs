//! An axum server whose handlers return `Result<String, ApiError>`: with status-core's `axum`
//! feature, the derived type is an `IntoResponse` and nothing else is written.
//!
//! ```text
//! cargo run -p status-core-examples --example axum
//! ```

mod shared;

use axum::http::Uri;
use axum::Router;
use shared::{answer, print_curls, ApiError, ADDR};

async fn route(uri: Uri) -> Result<String, ApiError> {
    answer(uri.path())
}

fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(ADDR).await?;
        print_curls("axum");
        // `fallback` answers every path and method; axum drops the body of a HEAD response.
        axum::serve(listener, Router::new().fallback(route)).await
    })
}
