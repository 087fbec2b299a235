use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(401, www_authenticate = "")]
    A,
}

fn main() {}
