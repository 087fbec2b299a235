//! hyper 1, with no feature: the service converts the error with `From<ApiError> for
//! http::Response<B>` (`B` = `Full<Bytes>`), on a real server on 127.0.0.1:0, read by a real
//! HTTP/1.1 client; then httplint on the bytes received.

mod wire;

use bytes::Bytes;
use http_body_util::Full;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::net::SocketAddr;

async fn route(
    request: Request<hyper::body::Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let path = request.uri().path();
    Ok(if path.starts_with("/problem/") {
        match wire::answer_problem(path) {
            Ok(text) => Response::new(Full::from(text)),
            Err(error) => error.into(),
        }
    } else {
        match wire::answer(path) {
            Ok(text) => Response::new(Full::from(text)),
            Err(error) => error.into(),
        }
    })
}

/// At most this many connections are served: the accept loop is bounded too.
const CONNECTIONS: usize = 1_000;

fn start() -> SocketAddr {
    wire::serve(|listener| {
        wire::runtime().block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            for _ in 0..CONNECTIONS {
                let (stream, _) = listener.accept().await.expect("accept");
                tokio::task::spawn(async move {
                    // hyper sends the headers of a HEAD response without the body.
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service_fn(route))
                        .await;
                });
            }
        });
    })
}

wire::server_tests!("hyper", start);
