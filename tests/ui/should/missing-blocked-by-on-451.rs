#![deny(deprecated)]

use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(451, message = "blocked by court order")]
    Blocked,
}

fn main() {}
