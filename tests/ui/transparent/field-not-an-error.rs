use status_core::HttpStatusError;

#[derive(Debug)]
struct NotAnError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(transparent)]
    Inner(NotAnError),
}

fn main() {}
