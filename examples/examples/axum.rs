//! An axum server whose handlers return `Result<String, ApiError>`: with status-core's `axum`
//! feature, the derived type is an `IntoResponse` and nothing else is written; with `negotiate`,
//! `NegotiateLayer` sends each error as text, problem+json or JSON, as `Accept` asks.
//!
//! ```text
//! cargo run -p status-core-examples --example axum
//! ```

mod shared;

use axum::http::Uri;
use axum::Router;
use shared::{answer, print_curls, ApiError, ADDR};
use status_core::NegotiateLayer;

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
        println!("  curl -i -H 'Accept: application/problem+json' http://{ADDR}/405  # negotiated");
        // `fallback` answers every path and method; axum drops the body of a HEAD response.
        // NegotiateLayer sends each error as the request's `Accept` asks (feature `negotiate`).
        let app = Router::new().fallback(route).layer(NegotiateLayer::new());
        axum::serve(listener, app).await
    })
}
