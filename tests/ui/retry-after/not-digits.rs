use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(503, retry_after = "12s")]
    A,
}

fn main() {}
