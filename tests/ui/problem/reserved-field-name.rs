use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(400, message = "bad input")]
    Bad {
        #[status(extension)]
        detail: String,
    },
}

fn main() {}
