use status_core::HttpStatusError;
use std::collections::BTreeMap;
use utoipa::openapi::{RefOr, Response};

// With status-core's `utoipa` feature on, the derive implements `IntoResponses`; a type that
// has its own impl must say `#[status(no_utoipa)]`, or the two impls conflict.
#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "gone")]
    Gone,
}

impl utoipa::IntoResponses for E {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        BTreeMap::new()
    }
}

fn main() {}
