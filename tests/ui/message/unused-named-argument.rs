use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message("{} fields", .fields.len(), max = 10))]
    TooMany { fields: Vec<String> },
}

fn main() {}
