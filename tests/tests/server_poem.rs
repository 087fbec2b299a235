//! poem 3: a real server on 127.0.0.1:0 whose handlers return `Result<String, ApiError>`, read by
//! a real HTTP/1.1 client; then httplint on the bytes received.

mod wire;

use poem::listener::TcpAcceptor;
use poem::{handler, Request, Route, Server};
use std::net::SocketAddr;
use wire::ApiError;

/// The handler: no conversion written, `ApiError: Into<poem::Error>` comes from the derive.
#[handler]
fn route(request: &Request) -> Result<String, ApiError> {
    wire::answer(request.uri().path())
}

/// The same under problem details.
#[handler]
fn problem_route(request: &Request) -> Result<String, wire::ProblemError> {
    wire::answer_problem(request.uri().path())
}

fn start() -> SocketAddr {
    wire::serve(|listener| {
        wire::runtime().block_on(async move {
            let acceptor = TcpAcceptor::from_std(listener).expect("acceptor");
            // `at` with a handler answers every method; poem drops the body of a HEAD response.
            let app = Route::new()
                .at("/problem/*code", problem_route)
                .at("/*path", route);
            Server::new_with_acceptor(acceptor)
                .run(app)
                .await
                .expect("serve");
        });
    })
}

wire::server_tests!("poem", start);

#[test]
fn conversion_keeps_the_response() {
    let error: poem::Error = ApiError::Maintenance.into();
    assert_eq!(error.status(), 503);
    let response = error.into_response();
    assert_eq!(response.headers()["retry-after"], "120");
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
}
