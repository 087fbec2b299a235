use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, format = "problem+json", message = "no user")]
    NoUser,
}

fn main() {}
