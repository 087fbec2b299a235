//! poem with `PoemNegotiate`: a real server on 127.0.0.1:0, a real HTTP/1.1 client sending
//! `Accept` lines, every route under every case, then httplint on the bytes received.

mod negotiation;
#[allow(unused_macros, unused_imports)] // `server_tests` is for the server_*.rs tests
mod wire;

use poem::http::StatusCode;
use poem::listener::TcpAcceptor;
use poem::{handler, Endpoint, EndpointExt, Request, Response, Route, Server};
use status_core::negotiate::PoemNegotiate;
use std::net::SocketAddr;
use wire::ApiError;

#[handler]
fn route(request: &Request) -> Result<String, ApiError> {
    wire::answer(request.uri().path())
}

#[handler]
fn problem_route(request: &Request) -> Result<String, wire::ProblemError> {
    wire::answer_problem(request.uri().path())
}

/// An error response the derive did not build.
#[handler]
fn manual() -> Response {
    Response::builder()
        .status(StatusCode::CONFLICT)
        .content_type("text/plain; charset=utf-8")
        .body("edit conflict")
}

/// A `poem::Error` the derive did not build.
#[handler]
fn manual_error() -> poem::Result<String> {
    Err(poem::Error::from_string("gone for good", StatusCode::GONE))
}

/// A derived error converted to `http::Response` and returned as a success: the middleware
/// finds it in the response's extensions.
#[handler]
fn from_http() -> Response {
    let response: http::Response<poem::Body> = ApiError::ReadOnly.into();
    let (parts, body) = response.into_parts();
    let parts = poem::ResponseParts {
        status: parts.status,
        version: parts.version,
        headers: parts.headers,
        extensions: parts.extensions,
    };
    Response::from_parts(parts, body)
}

fn app() -> Route {
    Route::new()
        .at("/from-http", from_http)
        .at("/manual", manual)
        .at("/manual-error", manual_error)
        .at("/problem/*code", problem_route)
        .at("/*path", route)
}

async fn run(acceptor: TcpAcceptor, app: impl Endpoint + 'static) {
    Server::new_with_acceptor(acceptor)
        .run(app)
        .await
        .expect("serve");
}

fn start(negotiate: bool) -> SocketAddr {
    wire::serve(move |listener| {
        wire::runtime().block_on(async move {
            let acceptor = TcpAcceptor::from_std(listener).expect("acceptor");
            if negotiate {
                run(acceptor, app().with(PoemNegotiate::new())).await;
            } else {
                run(acceptor, app()).await;
            }
        });
    })
}

negotiation::negotiation_tests!("poem", start, &["/ok", "/manual", "/manual-error"]);

#[test]
fn a_derived_response_returned_as_success_is_negotiated() {
    wire::bounded(|| {
        let addr = start(true);
        let exchange = negotiation::request(addr, "GET", "/from-http", &[b"application/json"]);
        negotiation::check(
            &exchange,
            405,
            &[
                ("content-type".to_owned(), "application/json".to_owned()),
                ("allow".to_owned(), "GET, HEAD".to_owned()),
                ("vary".to_owned(), "Accept".to_owned()),
            ],
            r#"{"title":"Method Not Allowed","status":405,"detail":"this resource is read-only"}"#,
        );
        let exchange =
            negotiation::request(start(false), "GET", "/from-http", &[b"application/json"]);
        assert_eq!(
            exchange.values("content-type"),
            ["text/plain; charset=utf-8"]
        );
        assert!(exchange.values("vary").is_empty());
        assert_eq!(exchange.body, b"this resource is read-only");
    });
}
