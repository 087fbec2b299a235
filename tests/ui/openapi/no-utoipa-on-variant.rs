use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "gone", no_utoipa)]
    Gone,
}

fn main() {}
