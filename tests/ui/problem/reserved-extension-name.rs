use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(409, message = "version conflict")]
    Stale {
        #[status(extension = "status")]
        current: u64,
    },
}

fn main() {}
