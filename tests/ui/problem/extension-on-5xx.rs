use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(500)]
    Database {
        #[status(extension)]
        query: String,
    },
}

fn main() {}
