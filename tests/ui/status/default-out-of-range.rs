use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(default = 200)]
enum E {
    A,
}

fn main() {}
