use status_core::{Challenge, HttpStatusError};

// `None` would send a 401 without a challenge.
#[derive(Debug, HttpStatusError)]
enum E {
    #[status(401, message = "sign in")]
    Unauthenticated(#[status(www_authenticate)] Option<Challenge>),
}

fn main() {}
