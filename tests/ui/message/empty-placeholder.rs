use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message = "bad byte {}")]
    A(usize),
}

fn main() {}
