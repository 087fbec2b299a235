use status_core::{Challenge, HttpStatusError};

// An empty `Vec` would send a 407 without a challenge.
#[derive(Debug, HttpStatusError)]
enum E {
    #[status(407, message = "proxy")]
    Proxy {
        #[status(proxy_authenticate)]
        challenges: Vec<Challenge>,
    },
}

fn main() {}
