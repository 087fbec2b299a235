use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message("{} fields", .fields.len(), .limit))]
    TooMany { fields: Vec<String>, limit: usize },
}

fn main() {}
