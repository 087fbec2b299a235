use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(format = "json")]
enum E {
    #[status(404, message = "no user")]
    NoUser,
}

fn main() {}
