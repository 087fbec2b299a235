use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(401, www_authenticate = r#"Bearer realm="a", realm="b""#)]
    A,
}

fn main() {}
