use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, unregistered)]
    A,
}

fn main() {}
