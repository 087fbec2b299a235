use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
struct NotFound;

fn main() {}
