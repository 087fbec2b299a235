use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(404, message = "no user")]
    NoUser {
        #[status(extension = "user_id")]
        id: u64,
        #[status(extension)]
        user_id: u64,
    },
}

fn main() {}
