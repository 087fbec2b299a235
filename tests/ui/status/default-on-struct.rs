use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
#[status(404, default = 500, message = "gone")]
struct E;

fn main() {}
