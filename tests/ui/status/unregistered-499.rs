use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(499)]
    A,
}

fn main() {}
