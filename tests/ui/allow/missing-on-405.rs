use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(405, message = "read only")]
    A,
}

fn main() {}
