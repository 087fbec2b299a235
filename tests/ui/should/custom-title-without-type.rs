#![deny(deprecated)]
use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(404, title = "No such user", message = "no user")]
    NoUser,
}

fn main() {}
