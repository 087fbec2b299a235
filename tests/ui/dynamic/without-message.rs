use status_core::{ErrorStatus, HttpStatusError};

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(dynamic)]
    Custom {
        #[status(code)]
        status: ErrorStatus,
    },
}

fn main() {}
