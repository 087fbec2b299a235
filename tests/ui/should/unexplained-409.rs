#![deny(deprecated)]

use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(409)]
    Conflict,
}

impl std::fmt::Display for E {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("conflict")
    }
}

fn main() {}
