use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message = "{0:>width$}")]
    A(usize),
}

fn main() {}
