//! poem 3: a real server on 127.0.0.1:0 whose handlers return `Result<String, ApiError>`, read by
//! a real HTTP/1.1 client; then httplint on the bytes received.

mod wire;

use poem::listener::TcpAcceptor;
use poem::{handler, Request, Route, Server};
use std::net::SocketAddr;
use wire::ApiError;

/// The handler: no conversion written, `ApiError: Into<poem::Error>` comes from the derive.
#[handler]
fn route(request: &Request) -> Result<String, ApiError> {
    wire::answer(request.uri().path())
}

/// The same under problem details.
#[handler]
fn problem_route(request: &Request) -> Result<String, wire::ProblemError> {
    wire::answer_problem(request.uri().path())
}

fn start() -> SocketAddr {
    wire::serve(|listener| {
        wire::runtime().block_on(async move {
            let acceptor = TcpAcceptor::from_std(listener).expect("acceptor");
            // `at` with a handler answers every method; poem drops the body of a HEAD response.
            let app = Route::new()
                .at("/problem/*code", problem_route)
                .at("/*path", route);
            Server::new_with_acceptor(acceptor)
                .run(app)
                .await
                .expect("serve");
        });
    })
}

wire::server_tests!("poem", start);

#[test]
fn conversion_keeps_the_response() {
    let error: poem::Error = ApiError::Maintenance.into();
    assert_eq!(error.status(), 503);
    let response = error.into_response();
    assert_eq!(response.headers()["retry-after"], "120");
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
}

/// Status, header lines in order, and body of a poem response.
fn parts(response: poem::Response) -> (u16, Vec<(String, String)>, String) {
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
        .collect();
    let body = wire::runtime()
        .block_on(response.into_body().into_string())
        .unwrap();
    (status, headers, body)
}

#[test]
fn a_send_and_sync_error_is_held_until_its_response_is_asked_for() {
    let error: poem::Error = ApiError::TooMany { seconds: 30 }.into();
    // Held as it is: nothing is built yet, and what poem shows of it is the body alone.
    assert!(!error.is_from_response());
    assert!(error.has_source());
    assert_eq!(error.status(), 429);
    assert_eq!(error.to_string(), "slow down");
    assert_eq!(
        parts(error.into_response()),
        (
            429,
            status_core_tests::lines(&[
                ("content-type", "text/plain; charset=utf-8"),
                ("retry-after", "30"),
            ]),
            "slow down".to_owned()
        )
    );
    // A 5xx shows its phrase, never its source.
    let error: poem::Error = ApiError::Database(std::io::Error::other("pool at 10.0.0.7")).into();
    assert_eq!(error.to_string(), "Internal Server Error");
    let (status, _, body) = parts(error.into_response());
    assert_eq!((status, body.as_str()), (500, "Internal Server Error"));
}

#[test]
fn an_error_poem_cannot_hold_has_its_response_built_at_once() {
    use status_core::HttpStatusError;
    use std::cell::Cell;

    // Not `Sync`: poem holds only what is `Send + Sync + 'static`.
    #[derive(Debug, HttpStatusError)]
    #[status(429, message = "slow down")]
    struct Counted {
        #[status(retry_after)]
        seconds: u64,
        tries: Cell<u8>,
    }

    // Generic: whether it is `Send + Sync` is not known where its impl is written.
    #[derive(Debug, HttpStatusError)]
    #[status(429, message = "slow down")]
    struct Tagged<T> {
        #[status(retry_after)]
        seconds: u64,
        tag: T,
    }

    let expected = (
        429,
        status_core_tests::lines(&[
            ("content-type", "text/plain; charset=utf-8"),
            ("retry-after", "30"),
        ]),
        "slow down".to_owned(),
    );
    let counted = Counted {
        seconds: 30,
        tries: Cell::new(1),
    };
    assert_eq!(counted.tries.get(), 1);
    let error: poem::Error = counted.into();
    assert!(error.is_from_response());
    assert_eq!(error.status(), 429);
    assert_eq!(parts(error.into_response()), expected);
    let tagged = Tagged {
        seconds: 30,
        tag: "a",
    };
    assert_eq!(tagged.tag, "a");
    let error: poem::Error = tagged.into();
    assert!(error.is_from_response());
    assert_eq!(parts(error.into_response()), expected);
}
