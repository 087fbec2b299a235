use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "x", crate = "foo")]
    A,
}

fn main() {}
