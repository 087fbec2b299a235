use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(StatusCode::NOT_A_THING)]
    A,
}

fn main() {}
