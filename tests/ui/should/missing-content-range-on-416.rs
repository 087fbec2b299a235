#![deny(deprecated)]

use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(416, message = "bad range")]
    BadRange,
}

fn main() {}
