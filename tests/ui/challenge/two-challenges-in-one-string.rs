use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(401, www_authenticate = r#"Basic realm="a", Bearer realm="b""#)]
    A,
}

fn main() {}
