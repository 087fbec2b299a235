use status_core::{ErrorStatus, HttpStatusError};

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message = "custom")]
    Custom {
        #[status(code)]
        status: ErrorStatus,
    },
}

fn main() {}
