use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status]
    A,
}

fn main() {}
