use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(415, accept = "application/json;q=1.5")]
    A,
}

fn main() {}
