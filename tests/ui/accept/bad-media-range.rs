use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(415, accept = "*/json")]
    A,
}

fn main() {}
