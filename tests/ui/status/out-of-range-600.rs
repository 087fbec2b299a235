use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(600)]
    A,
}

fn main() {}
