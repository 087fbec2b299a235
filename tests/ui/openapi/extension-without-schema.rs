use status_core::HttpStatusError;

#[derive(Debug, serde::Serialize)]
struct Account {
    balance: u64,
}

// Compiles on its own; a handler that documents it is told what is missing.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(403, message = "out of credit")]
    OutOfCredit {
        #[status(extension)]
        account: Account,
    },
}

#[utoipa::path(get, path = "/", responses((status = 200, description = "ok"), E))]
#[allow(dead_code)]
fn handler() {}

fn main() {}
