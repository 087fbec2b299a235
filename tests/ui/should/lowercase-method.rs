#![deny(deprecated)]

use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(405, allow = "GET, post", message = "read only")]
    ReadOnly,
}

fn main() {}
