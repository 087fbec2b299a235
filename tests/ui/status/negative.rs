use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(-404)]
    A,
}

fn main() {}
