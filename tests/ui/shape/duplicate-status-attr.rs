use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404)]
    #[status(message = "not found")]
    A,
}

fn main() {}
