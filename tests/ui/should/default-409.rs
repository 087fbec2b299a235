#![deny(deprecated)]
use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(default = 409)]
enum E {
    A,
    B,
    #[status(404, message = "missing")]
    C,
}

impl std::fmt::Display for E {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("e")
    }
}

fn main() {}
