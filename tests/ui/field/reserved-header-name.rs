use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "gone")]
    Gone(#[status(header = "Content-Length")] u64),
}

fn main() {}
