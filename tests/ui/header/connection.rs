use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "not found", header = "Connection: close")]
    A,
}

fn main() {}
