use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(OK)]
    A,
}

fn main() {}
