use http::Method;
use status_core::HttpStatusError;

// `None` would send a 405 without Allow.
#[derive(Debug, HttpStatusError)]
enum E {
    #[status(405, message = "not here")]
    Method(#[status(allow)] Option<Vec<Method>>),
}

fn main() {}
