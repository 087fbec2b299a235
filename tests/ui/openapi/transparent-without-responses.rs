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

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(transparent)]
    Upstream(Upstream),
}

fn main() {}
