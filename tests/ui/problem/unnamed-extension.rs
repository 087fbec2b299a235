use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(404, message = "no user")]
    NoUser(#[status(extension)] u64),
}

fn main() {}
