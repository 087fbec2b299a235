use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(400, message("{} of {} fields", .fields.len()))]
    TooMany { fields: Vec<String> },
}

fn main() {}
