use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(message = "gone", 410)]
    A,
}

fn main() {}
