use status_core::HttpStatusError;

// The expansion names status-core only through `crate = "..."`: a wrong path fails to resolve.
#[derive(Debug, HttpStatusError)]
#[status(crate = "::not_status_core")]
enum E {
    #[status(404, message = "gone")]
    Gone,
}

fn main() {}
