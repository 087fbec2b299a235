use status_core::HttpStatusError;

struct Opaque;

#[derive(HttpStatusError)]
enum E {
    #[status(400, message = "bad {value:?}")]
    Bad { value: Opaque },
}

fn main() {}
