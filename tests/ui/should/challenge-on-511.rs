#![deny(deprecated)]

use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(511, www_authenticate = r#"Basic realm="wifi""#, message = "log in to the network")]
    Portal,
}

fn main() {}
