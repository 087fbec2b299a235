use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(425, message = "too early", header = "Early-Data: 1")]
    A,
}

fn main() {}
