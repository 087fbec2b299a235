//! A plain hyper 1 service, no feature needed: the error converts with
//! `From<ApiError> for http::Response<Full<Bytes>>`, which the derive always writes. A tower
//! `Service` returning `http::Response<B>` does the same.
//!
//! ```text
//! cargo run -p status-core-examples --example hyper
//! ```

mod shared;

use bytes::Bytes;
use http_body_util::Full;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{body::Incoming, Request, Response};
use hyper_util::rt::TokioIo;
use shared::{answer, print_curls, ADDR};
use std::convert::Infallible;

async fn route(request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    Ok(match answer(request.uri().path()) {
        Ok(text) => Response::new(Full::from(text)),
        Err(error) => error.into(),
    })
}

fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(ADDR).await?;
        print_curls("hyper");
        loop {
            let (stream, _) = listener.accept().await?;
            tokio::task::spawn(async move {
                if let Err(error) = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service_fn(route))
                    .await
                {
                    eprintln!("connection: {error}");
                }
            });
        }
    })
}
