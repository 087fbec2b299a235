use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(99999)]
    A,
}

fn main() {}
