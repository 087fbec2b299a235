use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(200)]
    A,
}

fn main() {}
