use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(dynamic, message = "{detail}")]
    Custom { detail: String },
}

fn main() {}
