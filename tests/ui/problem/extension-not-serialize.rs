use status_core::HttpStatusError;

// A schema, so that the one mistake is the missing `Serialize`.
#[derive(Debug, utoipa::ToSchema)]
struct Account {
    balance: u64,
}

#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
enum E {
    #[status(403, message = "out of credit")]
    OutOfCredit {
        #[status(extension)]
        account: Account,
    },
}

fn main() {}
