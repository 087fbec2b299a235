use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "x", header = "X-Name: café")]
    A,
}

fn main() {}
