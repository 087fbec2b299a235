use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "no user {name}")]
    A { id: u64 },
}

fn main() {}
