use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, expose)]
    A,
}

fn main() {}
