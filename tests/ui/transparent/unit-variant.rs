use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(transparent)]
    A,
}

fn main() {}
