use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(401, www_authenticate = r#"Basic charset="UTF-8""#)]
    A,
}

fn main() {}
