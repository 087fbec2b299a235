//! actix-web with `ActixNegotiate`: a real server on 127.0.0.1:0, a real HTTP/1.1 client sending
//! `Accept` lines, every route under every case, then httplint on the bytes received.

mod negotiation;
#[allow(unused_macros, unused_imports)] // `server_tests` is for the server_*.rs tests
mod wire;

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use status_core::negotiate::ActixNegotiate;
use std::net::SocketAddr;
use wire::ApiError;

async fn route(request: HttpRequest) -> Result<String, ApiError> {
    wire::answer(request.path())
}

async fn problem_route(request: HttpRequest) -> Result<String, wire::ProblemError> {
    wire::answer_problem(request.path())
}

/// An error response the derive did not build.
async fn manual() -> HttpResponse {
    HttpResponse::Conflict()
        .content_type("text/plain; charset=utf-8")
        .body("edit conflict")
}

fn start(negotiate: bool) -> SocketAddr {
    wire::serve(move |listener| {
        actix_web::rt::System::new().block_on(async move {
            HttpServer::new(move || {
                App::new()
                    .wrap(actix_web::middleware::Condition::new(
                        negotiate,
                        ActixNegotiate::new(),
                    ))
                    .route("/manual", web::route().to(manual))
                    .route("/problem/{code}", web::route().to(problem_route))
                    .default_service(web::route().to(route))
            })
            .workers(1)
            .disable_signals()
            .listen(listener)
            .expect("listen")
            .run()
            .await
            .expect("serve");
        });
    })
}

negotiation::negotiation_tests!("actix", start, &["/ok", "/manual"]);
