use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(405, allow = "GET, HEAD,")]
    A,
}

fn main() {}
