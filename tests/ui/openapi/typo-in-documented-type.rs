use status_core::HttpStatusError;

// A typo in a key: one error, not another where a handler documents the type.
#[derive(Debug, HttpStatusError)]
enum E {
    #[status(405, alow = "GET")]
    ReadOnly,
}

#[utoipa::path(get, path = "/", responses((status = 200, description = "ok"), E))]
#[allow(dead_code)]
fn handler() {}

#[derive(utoipa::OpenApi)]
#[openapi(paths(handler))]
struct Doc;

fn main() {}
