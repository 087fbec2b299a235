use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(404)]
enum E {
    #[status(404, message = "not found")]
    A,
}

fn main() {}
