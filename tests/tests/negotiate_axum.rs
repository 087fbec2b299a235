//! axum with `NegotiateLayer`: a real server on 127.0.0.1:0, a real HTTP/1.1 client sending
//! `Accept` lines, every route under every case, then httplint on the bytes received.

mod negotiation;
#[allow(unused_macros, unused_imports)] // `server_tests` is for the server_*.rs tests
mod wire;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use status_core::NegotiateLayer;
use std::net::SocketAddr;
use wire::ApiError;

async fn route(Path(code): Path<String>) -> Result<String, ApiError> {
    wire::answer(&format!("/{code}"))
}

async fn problem_route(Path(code): Path<String>) -> Result<String, wire::ProblemError> {
    wire::answer_problem(&format!("/problem/{code}"))
}

/// An error response the derive did not build.
async fn manual() -> (StatusCode, &'static str) {
    (StatusCode::CONFLICT, "edit conflict")
}

fn app() -> Router {
    Router::new()
        .route("/{code}", get(route))
        .route("/problem/{code}", get(problem_route))
        .route("/manual", get(manual))
}

fn start(negotiate: bool) -> SocketAddr {
    wire::serve(move |listener| {
        wire::runtime().block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            let app = if negotiate {
                app().layer(NegotiateLayer::new())
            } else {
                app()
            };
            axum::serve(listener, app).await.expect("serve");
        });
    })
}

negotiation::negotiation_tests!("axum", start, &["/ok", "/manual", "/nothing/here"]);

/// A multi-threaded runtime: a handler that yields may resume on another worker thread, and
/// its error is still converted inside the layer's poll.
#[test]
fn a_handler_resumed_on_another_thread_is_negotiated() {
    async fn yielding() -> Result<String, ApiError> {
        for _ in 0..8 {
            tokio::task::yield_now().await;
        }
        Err(ApiError::ReadOnly)
    }

    wire::bounded(|| {
        let addr = wire::serve(|listener| {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_io()
                .build()
                .expect("a runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                let app = Router::new()
                    .route("/405", get(yielding))
                    .layer(NegotiateLayer::new());
                axum::serve(listener, app).await.expect("serve");
            });
        });
        let expected =
            r#"{"title":"Method Not Allowed","status":405,"detail":"this resource is read-only"}"#;
        let clients: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(move || {
                    for _ in 0..25 {
                        let exchange =
                            negotiation::request(addr, "GET", "/405", &[b"application/json"]);
                        assert_eq!(exchange.status, 405);
                        assert_eq!(exchange.values("content-type"), ["application/json"]);
                        assert_eq!(exchange.values("allow"), ["GET, HEAD"]);
                        assert_eq!(exchange.values("vary"), ["Accept"]);
                        assert_eq!(String::from_utf8_lossy(&exchange.body), expected);
                    }
                })
            })
            .collect();
        for client in clients {
            client.join().expect("a client thread");
        }
    });
}

/// The layer around the whole router rather than inside it: the router has then already
/// written `Content-Length` and dropped a HEAD response's body, and the layer must count the
/// body it puts in place.
#[test]
fn a_layer_around_the_router() {
    use axum::ServiceExt;
    use tower::Layer;

    wire::bounded(|| {
        let addr = wire::serve(|listener| {
            wire::runtime().block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                let service = NegotiateLayer::new().layer(app());
                let service = ServiceExt::<axum::extract::Request>::into_make_service(service);
                axum::serve(listener, service).await.expect("serve");
            });
        });
        let exchanges = negotiation::check_all(addr);
        wire::httplint("axum-around-negotiate", &exchanges);
    });
}
