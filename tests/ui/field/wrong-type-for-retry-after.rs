use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(503, message = "later")]
    Later(#[status(retry_after)] String),
}

fn main() {}
