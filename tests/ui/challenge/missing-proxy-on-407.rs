use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(407, message = "sign in to the proxy")]
    A,
}

fn main() {}
