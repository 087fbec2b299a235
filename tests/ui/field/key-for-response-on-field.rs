use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "gone")]
    Gone(#[status(message = "x")] u64),
}

fn main() {}
