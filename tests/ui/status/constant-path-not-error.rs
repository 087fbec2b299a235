use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(http::StatusCode::OK)]
    A,
}

fn main() {}
