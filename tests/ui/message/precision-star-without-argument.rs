use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message = "at {0:.*}")]
    Bad(f64),
}

fn main() {}
