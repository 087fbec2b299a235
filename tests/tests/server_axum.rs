//! axum: a real server on 127.0.0.1:0 whose handlers return `Result<String, ApiError>`, read by a
//! real HTTP/1.1 client; then httplint on the bytes received.

mod wire;

use axum::extract::Path;
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use wire::ApiError;

/// The handler: no conversion written, `ApiError: IntoResponse` comes from the derive.
async fn route(Path(code): Path<String>) -> Result<String, ApiError> {
    wire::answer(&format!("/{code}"))
}

/// The same under problem details.
async fn problem_route(Path(code): Path<String>) -> Result<String, wire::ProblemError> {
    wire::answer_problem(&format!("/problem/{code}"))
}

fn start() -> SocketAddr {
    wire::serve(|listener| {
        wire::runtime().block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            // axum's `get` also answers HEAD, without the body.
            let app = Router::new()
                .route("/{code}", get(route))
                .route("/problem/{code}", get(problem_route));
            axum::serve(listener, app).await.expect("serve");
        });
    })
}

wire::server_tests!("axum", start);

#[test]
fn into_response_is_the_derived_response() {
    use axum::response::IntoResponse;
    let response = ApiError::Maintenance.into_response();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "120");
}
