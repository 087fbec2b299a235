use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(415, accept = "text/plain;charset = utf-8")]
    A,
}

fn main() {}
