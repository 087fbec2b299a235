use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(405, allow = "GET", message = "read only")]
    ReadOnly(#[status(allow)] Vec<http::Method>),
}

fn main() {}
