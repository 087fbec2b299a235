use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(418)]
    A,
}

fn main() {}
