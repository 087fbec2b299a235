use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "not found", header = "X-Request-Id 42")]
    A,
}

fn main() {}
