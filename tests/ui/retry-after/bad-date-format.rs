use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(503, retry_after = "Sun, 6 Nov 1994 08:49:37 GMT")]
    A,
}

fn main() {}
