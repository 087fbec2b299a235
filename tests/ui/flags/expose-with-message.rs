use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(500, expose, message = "x")]
    A,
}

fn main() {}
