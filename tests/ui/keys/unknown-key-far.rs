use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "not found", colour = "blue")]
    A,
}

fn main() {}
