use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(500, conceal)]
    A,
}

fn main() {}
