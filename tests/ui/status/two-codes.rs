use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404 405)]
    A,
}

fn main() {}
