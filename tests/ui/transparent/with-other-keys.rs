use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum Inner {
    #[status(404, message = "not found")]
    A,
}

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(transparent, allow = "GET")]
    A(Inner),
}

fn main() {}
