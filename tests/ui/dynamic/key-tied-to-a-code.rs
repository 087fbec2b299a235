use status_core::{ErrorStatus, HttpStatusError};

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(dynamic, retry_after = 60, message = "later")]
    Custom {
        #[status(code)]
        status: ErrorStatus,
    },
}

fn main() {}
