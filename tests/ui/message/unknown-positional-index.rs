use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message = "bad byte {1}")]
    A(usize),
}

fn main() {}
