use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(405, alow = "GET")]
    A,
}

fn main() {}
