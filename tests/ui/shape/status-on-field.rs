use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "no user {0}")]
    A(#[status(404)] u64),
}

fn main() {}
