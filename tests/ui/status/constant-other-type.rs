use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(Foo::NOT_FOUND)]
    A,
}

fn main() {}
