use status_core::{ErrorStatus, HttpStatusError};

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(dynamic, message = "custom")]
    Custom {
        #[status(code)]
        status: ErrorStatus,
        #[status(extension)]
        detail_code: u32,
    },
}

fn main() {}
