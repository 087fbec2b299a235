use status_core::HttpStatusError;

#[derive(Debug)]
struct Opaque;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message = "bad {0}")]
    Bad(Opaque),
}

fn main() {}
