use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "not found", retry_after = 120)]
    A,
}

fn main() {}
