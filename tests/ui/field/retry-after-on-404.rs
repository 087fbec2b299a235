use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "gone")]
    Gone(#[status(retry_after)] u64),
}

fn main() {}
