use status_core::HttpStatusError;

struct NotAFormat;

#[derive(Debug, HttpStatusError)]
#[status(format = NotAFormat)]
enum E {
    #[status(404, message = "no user")]
    NoUser,
}

fn main() {}
