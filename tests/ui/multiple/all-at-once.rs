use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum E {
    #[status(200)]
    Ok,
    #[status(401)]
    Unauthenticated,
    #[status(405, allow = "GET,,POST")]
    ReadOnly,
    #[status(404, alow = "GET")]
    Typo,
    Missing,
}

fn main() {}
