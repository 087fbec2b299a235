use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(transparent)]
    A(std::io::Error, std::io::Error),
}

fn main() {}
