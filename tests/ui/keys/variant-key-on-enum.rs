use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(message = "x")]
enum E {
    #[status(404, message = "x")]
    A,
}

fn main() {}
