use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(429, message = "slow down")]
    Limited(#[status(retry_after = 5)] u64),
}

fn main() {}
