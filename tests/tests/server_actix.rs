//! actix-web 4: a real server on 127.0.0.1:0 whose handlers return `Result<String, ApiError>`,
//! read by a real HTTP/1.1 client; then httplint on the bytes received. actix-web speaks `http`
//! 0.2, so this also checks the conversion: status, every field line, the lines of one name in
//! order.

mod wire;

use actix_web::{web, App, HttpRequest, HttpServer};
use std::net::SocketAddr;
use wire::ApiError;

/// The handler: no conversion written, `ApiError: Into<actix_web::Error>` comes from the derive.
async fn route(request: HttpRequest) -> Result<String, ApiError> {
    wire::answer(request.path())
}

/// The same under problem details.
async fn problem_route(request: HttpRequest) -> Result<String, wire::ProblemError> {
    wire::answer_problem(request.path())
}

fn start() -> SocketAddr {
    wire::serve(|listener| {
        actix_web::rt::System::new().block_on(async move {
            // `web::route()` answers every method; actix-web drops the body of a HEAD response.
            HttpServer::new(|| {
                App::new()
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

wire::server_tests!("actix", start);

#[test]
fn conversion_keeps_status_and_every_line() {
    let error: actix_web::Error = ApiError::Unauthenticated.into();
    assert_eq!(error.as_response_error().status_code().as_u16(), 401);
    let response = error.error_response();
    let challenges: Vec<_> = response
        .headers()
        .get_all("www-authenticate")
        .map(|value| value.to_str().expect("ASCII"))
        .collect();
    assert_eq!(
        challenges,
        [
            r#"Bearer realm="api""#,
            r#"Basic realm="api", charset="UTF-8""#
        ]
    );
    assert_eq!(response.headers().len(), 3);
    // The error's Display is the body, never the cause of a 500.
    let error: actix_web::Error = ApiError::Database(std::io::Error::other(wire::SECRET)).into();
    assert_eq!(error.to_string(), "Internal Server Error");
}
