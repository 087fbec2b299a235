use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "no user", content_type = "application/json")]
    NoUser,
}

fn main() {}
