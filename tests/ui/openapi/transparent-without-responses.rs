use http::{HeaderMap, StatusCode};
use status_core::HttpStatusError;

/// Written by hand: no `utoipa::IntoResponses`.
#[derive(Debug)]
struct Upstream;

impl HttpStatusError for Upstream {
    fn status(&self) -> StatusCode {
        StatusCode::BAD_GATEWAY
    }

    fn write_headers(&self, _: &mut HeaderMap) {}

    fn body(&self) -> String {
        "the upstream failed".to_owned()
    }
}

// Compiles on its own; a handler that documents it is told what is missing.
#[derive(Debug, HttpStatusError)]
enum E {
    #[status(transparent)]
    Upstream(Upstream),
}

#[utoipa::path(get, path = "/", responses((status = 200, description = "ok"), E))]
#[allow(dead_code)]
fn handler() {}

fn main() {}
