use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(503, retry_after = -5)]
    A,
}

fn main() {}
