//! A poem server whose handlers return `Result<String, ApiError>`: with status-core's `poem`
//! feature, the derived type converts into `poem::Error` and nothing else is written.
//!
//! ```text
//! cargo run -p status-core-examples --example poem
//! ```

mod shared;

use poem::listener::TcpListener;
use poem::{handler, Request, Route, Server};
use shared::{answer, print_curls, ApiError, ADDR};

#[handler]
fn route(request: &Request) -> Result<String, ApiError> {
    answer(request.uri().path())
}

fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    runtime.block_on(async {
        print_curls("poem");
        let app = Route::new().at("/", route).at("/*path", route);
        Server::new(TcpListener::bind(ADDR)).run(app).await
    })
}
