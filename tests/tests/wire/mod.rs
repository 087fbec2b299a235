//! What the real-server tests share: the error type every server answers with, the routes and
//! the response each must put on the wire, a raw HTTP/1.1 client over `TcpStream` (it keeps the
//! exact bytes, for httplint), and the httplint check.
//!
//! Every step is bounded: connections and reads time out after [`IO_TIMEOUT`], a test runs on a
//! watchdog ([`bounded`]), and the servers are threads that end with the test process.

#![allow(dead_code, clippy::missing_panics_doc)]

use status_core::HttpStatusError;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

/// How long a connection, a write or a read may take.
pub const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a whole test may take.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(60);

/// The secret a 500 must not leak.
pub const SECRET: &str = "password=hunter2";

/// The error every server answers with; the path of each route is its status.
#[derive(Debug, thiserror::Error, HttpStatusError)]
pub enum ApiError {
    #[status(
        401,
        www_authenticate = r#"Bearer realm="api""#,
        www_authenticate = r#"Basic realm="api", charset="UTF-8""#,
        message = "a token is required"
    )]
    #[error("a token is required")]
    Unauthenticated,

    #[status(403, conceal)]
    #[error("forbidden")]
    Forbidden,

    #[status(405, allow = "GET, HEAD")]
    #[error("this resource is read-only")]
    ReadOnly,

    #[status(415, accept = "application/json", accept_encoding = "gzip")]
    #[error("send JSON")]
    NotJson,

    #[status(416, content_range = "bytes */1234")]
    #[error("the range is past the end")]
    Range,

    #[status(429, message = "slow down")]
    #[error("too many requests")]
    TooMany {
        #[status(retry_after)]
        seconds: u64,
    },

    #[status(500)]
    #[error("database: {0}")]
    Database(#[source] std::io::Error),

    #[status(503, retry_after = 120)]
    #[error("down for maintenance")]
    Maintenance,
}

/// The same kind of errors as problem details (RFC 9457), served under `/problem/`.
#[derive(Debug, HttpStatusError)]
#[status(format = "problem+json")]
pub enum ProblemError {
    #[status(
        401,
        www_authenticate = r#"Bearer realm="api""#,
        message = "a token is required"
    )]
    Unauthenticated,

    #[status(
        404,
        problem_type = "/probs/no-user",
        message = "no user \"{user_id}\""
    )]
    NoUser {
        #[status(extension)]
        user_id: String,
    },

    #[status(405, allow = "GET, HEAD", message = "this resource is read-only")]
    ReadOnly,

    #[status(500)]
    Database(std::io::Error),

    #[status(503, retry_after = 120)]
    Maintenance,
}

/// One route: its path, the error it answers with, and what must be on the wire.
pub struct Case {
    pub path: &'static str,
    pub status: u16,
    /// Every header line but `Date`, `Content-Length` and `Connection: close`, which the server
    /// adds and which are checked on their own; the lines of one name in order.
    pub headers: &'static [(&'static str, &'static str)],
    pub body: &'static str,
}

const TEXT: (&str, &str) = ("content-type", "text/plain; charset=utf-8");

/// Every route the servers serve.
pub const CASES: &[Case] = &[
    Case {
        path: "/401",
        status: 401,
        headers: &[
            TEXT,
            ("www-authenticate", r#"Bearer realm="api""#),
            ("www-authenticate", r#"Basic realm="api", charset="UTF-8""#),
        ],
        body: "a token is required",
    },
    Case {
        path: "/403",
        status: 404,
        headers: &[TEXT],
        body: "Not Found",
    },
    Case {
        path: "/405",
        status: 405,
        headers: &[TEXT, ("allow", "GET, HEAD")],
        body: "this resource is read-only",
    },
    Case {
        path: "/415",
        status: 415,
        headers: &[
            TEXT,
            ("accept", "application/json"),
            ("accept-encoding", "gzip"),
        ],
        body: "send JSON",
    },
    Case {
        path: "/416",
        status: 416,
        headers: &[TEXT, ("content-range", "bytes */1234")],
        body: "the range is past the end",
    },
    Case {
        path: "/429",
        status: 429,
        headers: &[TEXT, ("retry-after", "30")],
        body: "slow down",
    },
    Case {
        path: "/500",
        status: 500,
        headers: &[TEXT],
        body: "Internal Server Error",
    },
    Case {
        path: "/503",
        status: 503,
        headers: &[TEXT, ("retry-after", "120")],
        body: "Service Unavailable",
    },
];

const PROBLEM: (&str, &str) = ("content-type", "application/problem+json");

/// The routes of [`ProblemError`].
pub const PROBLEM_CASES: &[Case] = &[
    Case {
        path: "/problem/401",
        status: 401,
        headers: &[PROBLEM, ("www-authenticate", r#"Bearer realm="api""#)],
        body: r#"{"title":"Unauthorized","status":401,"detail":"a token is required"}"#,
    },
    Case {
        path: "/problem/404",
        status: 404,
        headers: &[PROBLEM],
        body: r#"{"type":"/probs/no-user","title":"Not Found","status":404,"detail":"no user \"a\"b\"","user_id":"a\"b"}"#,
    },
    Case {
        path: "/problem/405",
        status: 405,
        headers: &[PROBLEM, ("allow", "GET, HEAD")],
        body: r#"{"title":"Method Not Allowed","status":405,"detail":"this resource is read-only"}"#,
    },
    Case {
        path: "/problem/500",
        status: 500,
        headers: &[PROBLEM],
        body: r#"{"title":"Internal Server Error","status":500}"#,
    },
    Case {
        path: "/problem/503",
        status: 503,
        headers: &[PROBLEM, ("retry-after", "120")],
        body: r#"{"title":"Service Unavailable","status":503}"#,
    },
];

/// A problem route's answer for `path`: its error, or a 200 text.
pub fn answer_problem(path: &str) -> Result<String, ProblemError> {
    Err(match path {
        "/problem/401" => ProblemError::Unauthenticated,
        "/problem/404" => ProblemError::NoUser {
            user_id: "a\"b".to_owned(),
        },
        "/problem/405" => ProblemError::ReadOnly,
        "/problem/500" => ProblemError::Database(std::io::Error::other(SECRET)),
        "/problem/503" => ProblemError::Maintenance,
        _ => return Ok("ok".to_owned()),
    })
}

/// The error a route answers with; `None` for an unknown path.
#[must_use]
pub fn error_for(path: &str) -> Option<ApiError> {
    Some(match path {
        "/401" => ApiError::Unauthenticated,
        "/403" => ApiError::Forbidden,
        "/405" => ApiError::ReadOnly,
        "/415" => ApiError::NotJson,
        "/416" => ApiError::Range,
        "/429" => ApiError::TooMany { seconds: 30 },
        "/500" => ApiError::Database(std::io::Error::other(SECRET)),
        "/503" => ApiError::Maintenance,
        _ => return None,
    })
}

/// A handler's answer for `path`: the error of its route, or a 200 text.
pub fn answer(path: &str) -> Result<String, ApiError> {
    match error_for(path) {
        Some(error) => Err(error),
        None => Ok("ok".to_owned()),
    }
}

/// The two tests every server runs against its `start()`: each error route on the wire, checked
/// and linted, and a success route that still answers.
macro_rules! server_tests {
    ($server:literal, $start:path) => {
        #[test]
        fn errors_on_the_wire() {
            wire::bounded(|| {
                let exchanges = wire::check_all($start());
                wire::httplint($server, &exchanges);
            });
        }

        #[test]
        fn success_still_answers() {
            wire::bounded(|| {
                let ok = wire::request($start(), "GET", "/ok");
                assert_eq!(ok.status, 200);
                assert_eq!(ok.body, b"ok");
            });
        }
    };
}
pub(crate) use server_tests;

/// Runs `test` on a thread and fails if it takes longer than [`TEST_TIMEOUT`].
pub fn bounded(test: impl FnOnce() + Send + 'static) {
    let (done, wait) = mpsc::channel();
    let thread = std::thread::spawn(move || {
        test();
        let _ = done.send(());
    });
    match wait.recv_timeout(TEST_TIMEOUT) {
        Ok(()) => thread.join().expect("the test thread ended"),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            // The test panicked: report its panic.
            if let Err(panic) = thread.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("the test took more than {TEST_TIMEOUT:?}"),
    }
}

/// Binds 127.0.0.1:0 and runs `server` on it in a thread of its own, which ends with the test
/// process; returns the address. The listener is non-blocking, as tokio and mio want it.
pub fn serve(server: impl FnOnce(TcpListener) + Send + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("non-blocking");
    let addr = listener.local_addr().expect("address");
    std::thread::spawn(move || server(listener));
    addr
}

/// A single-threaded tokio runtime for a server's thread.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .expect("a runtime")
}

/// A response as read off the socket.
pub struct Exchange {
    pub method: &'static str,
    pub path: &'static str,
    /// The bytes exactly as received.
    pub raw: Vec<u8>,
    pub status: u16,
    /// Every header line, names lowercased, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Exchange {
    /// The values of `name`, in order.
    #[must_use]
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Sends `method path` over a new connection (`Connection: close`) and reads the whole answer.
#[must_use]
pub fn request(addr: SocketAddr, method: &'static str, path: &'static str) -> Exchange {
    let mut stream = TcpStream::connect_timeout(&addr, IO_TIMEOUT).expect("connect");
    stream.set_read_timeout(Some(IO_TIMEOUT)).expect("timeout");
    stream.set_write_timeout(Some(IO_TIMEOUT)).expect("timeout");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: status-core-tests\r\nConnection: close\r\n\r\n"
    )
    .expect("write the request");
    let mut raw = Vec::new();
    // `Connection: close`: the server closes after the response; at most 1 MiB is read.
    (&mut stream)
        .take(1 << 20)
        .read_to_end(&mut raw)
        .expect("read the response");
    parse(method, path, raw)
}

pub fn parse(method: &'static str, path: &'static str, raw: Vec<u8>) -> Exchange {
    let mut fields = [httparse::EMPTY_HEADER; 32];
    let mut response = httparse::Response::new(&mut fields);
    let httparse::Status::Complete(head) = response.parse(&raw).expect("a valid response head")
    else {
        panic!(
            "incomplete response head: {:?}",
            String::from_utf8_lossy(&raw)
        );
    };
    assert_eq!(response.version, Some(1), "HTTP/1.1");
    let status = response.code.expect("a status code");
    let headers: Vec<(String, String)> = response
        .headers
        .iter()
        .map(|field| {
            let value = std::str::from_utf8(field.value).expect("ASCII header values");
            (field.name.to_ascii_lowercase(), value.to_owned())
        })
        .collect();
    let body = raw[head..].to_vec();
    assert!(
        !headers.iter().any(|(n, _)| n == "transfer-encoding"),
        "{method} {path}: a fixed body is sent with Content-Length, not chunked"
    );
    Exchange {
        method,
        path,
        raw,
        status,
        headers,
        body,
    }
}

/// Checks a GET and a HEAD of every route of [`CASES`] on the server at `addr`, and returns
/// the exchanges.
pub fn check_all(addr: SocketAddr) -> Vec<Exchange> {
    let mut exchanges = Vec::new();
    for case in CASES.iter().chain(PROBLEM_CASES) {
        let get = request(addr, "GET", case.path);
        check(&get, case);
        let head = request(addr, "HEAD", case.path);
        check(&head, case);
        exchanges.push(get);
        exchanges.push(head);
    }
    exchanges
}

/// Asserts status, every header line and the body of one exchange.
pub fn check(exchange: &Exchange, case: &Case) {
    let what = format!("{} {}", exchange.method, exchange.path);
    assert_eq!(exchange.status, case.status, "{what}: status");

    // Date: once, an IMF-fixdate.
    let dates = exchange.values("date");
    assert_eq!(dates.len(), 1, "{what}: one Date line");
    assert!(
        httpdate::parse_http_date(dates[0]).is_ok(),
        "{what}: Date {:?}",
        dates[0]
    );
    // Content-Length: once, the length of the GET body (RFC 9110 §8.6: a HEAD may send it).
    assert_eq!(
        exchange.values("content-length"),
        [case.body.len().to_string()],
        "{what}: Content-Length"
    );

    // Connection: the server may answer the request's `close` (RFC 9112 §9.6), nothing else.
    let connection = exchange.values("connection");
    assert!(
        connection.is_empty() || connection == ["close"],
        "{what}: Connection {connection:?}"
    );

    // Every other line, exactly: a server may order names its own way (actix-web's header
    // map is a hash map), but the lines of one name keep their order.
    let mut sent: Vec<(&str, &str)> = exchange
        .headers
        .iter()
        .filter(|(n, _)| n != "date" && n != "content-length" && n != "connection")
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let mut expected = case.headers.to_vec();
    sent.sort_by_key(|&(name, _)| name);
    expected.sort_by_key(|&(name, _)| name);
    assert_eq!(sent, expected, "{what}: header lines");

    if exchange.method == "HEAD" {
        assert!(
            exchange.body.is_empty(),
            "{what}: a HEAD response has no body"
        );
    } else {
        assert_eq!(
            String::from_utf8_lossy(&exchange.body),
            case.body,
            "{what}: body"
        );
        if case.path.starts_with("/problem/") {
            let object: serde_json::Value =
                serde_json::from_slice(&exchange.body).expect("the body parses as JSON");
            assert_eq!(object["status"], case.status, "{what}: the status member");
        }
    }
    let raw = String::from_utf8_lossy(&exchange.raw);
    assert!(!raw.contains(SECRET), "{what}: the 500's cause leaked");
    assert!(!raw.contains("database"), "{what}: the 500's text leaked");
}

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is in the workspace")
        .to_owned()
}

/// Saves the raw bytes of every exchange under `target/httplint/<server>/` and, when the venv
/// made by `scripts/httplint.sh setup` is there, has httplint check them: any BAD finding not
/// documented as a false positive in `scripts/httplint_check.py` fails the test. Without the
/// venv the check is skipped with a note, unless `STATUS_CORE_REQUIRE_HTTPLINT=1` or `CI=true`.
pub fn httplint(server: &str, exchanges: &[Exchange]) {
    let dir = root().join("target").join("httplint").join(server);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the capture directory");
    let mut files = Vec::new();
    for exchange in exchanges {
        let name = format!(
            "{}-{}.http",
            exchange.method,
            exchange.path.trim_start_matches('/').replace('/', "-")
        );
        let file = dir.join(name);
        std::fs::write(&file, &exchange.raw).expect("save the response");
        files.push(file);
    }

    let venv = std::env::var_os("HTTPLINT_VENV").map_or_else(
        || root().join("target").join("httplint-venv"),
        PathBuf::from,
    );
    let python = venv.join("bin").join("python");
    let required = std::env::var("STATUS_CORE_REQUIRE_HTTPLINT").is_ok_and(|v| v == "1")
        || std::env::var("CI").is_ok_and(|v| v == "true");
    if !python.exists() {
        // The first run on a machine makes the venv (python3 and PyPI, about 5 seconds).
        let setup = Command::new("bash")
            .arg(root().join("scripts").join("httplint.sh"))
            .arg("setup")
            .env("HTTPLINT_VENV", &venv)
            .output()
            .expect("run scripts/httplint.sh setup");
        if !setup.status.success() {
            let why = String::from_utf8_lossy(&setup.stderr);
            assert!(
                !required,
                "httplint is required but scripts/httplint.sh setup failed:\n{why}"
            );
            eprintln!("note: httplint not checked (scripts/httplint.sh setup failed: {why})");
            return;
        }
    }
    let output = Command::new(&python)
        .arg(root().join("scripts").join("httplint_check.py"))
        .args(&files)
        .output()
        .expect("run httplint");
    let report = String::from_utf8_lossy(&output.stdout);
    eprintln!("{report}{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "httplint found BAD notes in {server}'s responses:\n{report}"
    );
}
