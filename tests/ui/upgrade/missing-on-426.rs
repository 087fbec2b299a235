use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(426, message = "x")]
    A,
}

fn main() {}
