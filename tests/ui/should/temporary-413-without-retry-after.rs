#![deny(deprecated)]

use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(413, temporary, message = "too large for now")]
    TooLarge,
}

fn main() {}
