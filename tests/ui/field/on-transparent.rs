use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum Inner {
    #[status(404, message = "gone")]
    Gone,
}

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(transparent)]
    Inner(#[status(retry_after)] Inner),
}

fn main() {}
