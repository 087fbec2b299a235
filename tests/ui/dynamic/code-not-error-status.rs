use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(dynamic, message = "custom")]
    Custom {
        #[status(code)]
        status: u16,
    },
}

fn main() {}
