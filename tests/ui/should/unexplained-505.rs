#![deny(deprecated)]

use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(505)]
    OldHttp,
}

fn main() {}
