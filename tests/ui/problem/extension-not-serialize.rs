use status_core::HttpStatusError;

#[derive(Debug)]
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
