use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(default = 401)]
enum E {
    A,
    B,
}

impl std::fmt::Display for E {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("e")
    }
}

fn main() {}
