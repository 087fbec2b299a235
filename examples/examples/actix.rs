//! An actix-web server whose handlers return `Result<String, ApiError>`: with status-core's
//! `actix-web` feature, the derived type converts into `actix_web::Error` (through actix-web's
//! `http` 0.2 types) and nothing else is written.
//!
//! ```text
//! cargo run -p status-core-examples --example actix
//! ```

mod shared;

use actix_web::{web, App, HttpRequest, HttpServer};
use shared::{answer, print_curls, ApiError, ADDR};

async fn route(request: HttpRequest) -> Result<String, ApiError> {
    answer(request.path())
}

fn main() -> std::io::Result<()> {
    actix_web::rt::System::new().block_on(async {
        let server = HttpServer::new(|| App::new().default_service(web::route().to(route)))
            .workers(1)
            .bind(ADDR)?;
        print_curls("actix-web");
        server.run().await
    })
}
