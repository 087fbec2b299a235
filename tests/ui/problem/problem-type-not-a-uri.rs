use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(404, problem_type = "https://example.com/no such user", message = "no user")]
    NoUser,
}

fn main() {}
