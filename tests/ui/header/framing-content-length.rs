use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "not found", header = "Content-Length: 9")]
    A,
}

fn main() {}
