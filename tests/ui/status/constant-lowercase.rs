use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(not_found)]
    A,
}

fn main() {}
