//! What the server examples share: one error type, one route per kind of error, and the curl
//! commands that try them.

use status_core::HttpStatusError;

/// Where the examples listen.
pub const ADDR: &str = "127.0.0.1:3000";

/// Every kind of error the routes answer with. No `Display` is needed: every body is a
/// `message` or, for a 5xx, the reason phrase.
#[derive(Debug, HttpStatusError)]
pub enum ApiError {
    #[status(400, message = "invalid JSON at byte {0}")]
    BadJson(usize),

    #[status(
        401,
        www_authenticate = r#"Bearer realm="api""#,
        message = "a token is required"
    )]
    Unauthenticated,

    // Answered as 404 Not Found, so nobody learns that the document exists.
    #[status(403, conceal)]
    Forbidden,

    #[status(404, message = "no user {id}")]
    NoUser { id: u64 },

    #[status(405, allow = "GET, HEAD", message = "this resource is read-only")]
    ReadOnly,

    #[status(415, accept = "application/json", message = "send JSON")]
    NotJson,

    #[status(
        416,
        content_range = "bytes */1234",
        message = "the document has 1234 bytes"
    )]
    Range,

    #[status(429, message = "slow down")]
    TooMany(#[status(retry_after)] u64),

    // The body is "Internal Server Error": the cause never reaches the client.
    #[status(500)]
    Database(std::io::Error),

    #[status(503, retry_after = 120)]
    Maintenance,
}

/// Every route, with what it shows.
pub const ROUTES: &[(&str, &str)] = &[
    ("/400", "400 Bad Request, a formatted message"),
    ("/401", "401 with a WWW-Authenticate challenge"),
    ("/403", "403 concealed as 404 Not Found"),
    ("/404", "404 Not Found"),
    ("/405", "405 with Allow"),
    ("/415", "415 with Accept"),
    ("/416", "416 with Content-Range"),
    ("/429", "429 with Retry-After from a field"),
    ("/500", "500: the io::Error stays on the server"),
    ("/503", "503 with Retry-After"),
];

/// The answer of a route: `Ok` for `/`, the error of the route otherwise.
pub fn answer(path: &str) -> Result<String, ApiError> {
    Err(match path {
        "/" => {
            let routes: Vec<_> = ROUTES.iter().map(|(route, _)| *route).collect();
            return Ok(format!("try {}\n", routes.join(" ")));
        }
        "/400" => ApiError::BadJson(17),
        "/401" => ApiError::Unauthenticated,
        "/403" => ApiError::Forbidden,
        "/405" => ApiError::ReadOnly,
        "/415" => ApiError::NotJson,
        "/416" => ApiError::Range,
        "/429" => ApiError::TooMany(30),
        "/500" => ApiError::Database(std::io::Error::other("password=hunter2")),
        "/503" => ApiError::Maintenance,
        _ => ApiError::NoUser { id: 7 },
    })
}

/// Prints where the server listens and a curl command per route.
pub fn print_curls(framework: &str) {
    println!("{framework} listening on http://{ADDR} (Ctrl-C to stop); try:");
    for (route, what) in ROUTES {
        println!("  curl -i http://{ADDR}{route:<6}  # {what}");
    }
    println!("  curl -I http://{ADDR}/405     # HEAD: the headers, no body");
}
