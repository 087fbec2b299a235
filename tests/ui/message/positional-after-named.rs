use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message("{max} {}", max = 10, .fields.len()))]
    TooMany { fields: Vec<String> },
}

fn main() {}
