use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(401, message = "sign in")]
    A,
}

fn main() {}
