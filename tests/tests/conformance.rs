//! Every valid vector of `tests/conformance/vectors.tsv`, the header values printed in the
//! RFCs, derives and goes on the wire unchanged.

use status_core::HttpStatusError;
use status_core_tests::{header_lines, lines};

#[derive(Debug, HttpStatusError)]
enum Rfc {
    // RFC 9110 §11.6.1: two challenges, one field line each.
    #[status(
        401,
        www_authenticate = r#"Basic realm="simple""#,
        www_authenticate = r#"Newauth realm="apps", type=1, title="Login to \"apps\"""#,
        message = "sign in"
    )]
    MultiChallenge,
    // RFC 7617 §2, §2.1; RFC 6750 §3
    #[status(
        401,
        www_authenticate = r#"Basic realm="WallyWorld""#,
        www_authenticate = r#"Basic realm="foo", charset="UTF-8""#,
        www_authenticate = r#"Bearer realm="example""#,
        www_authenticate = r#"Bearer realm="example", error="invalid_token", error_description="The access token expired""#,
        message = "sign in"
    )]
    Schemes,
    // RFC 9110 §10.2.1
    #[status(405, allow = "GET, HEAD, PUT", message = "not here")]
    Allow,
    // RFC 9110 §10.2.3; RFC 6585 §4
    #[status(503, retry_after = "Fri, 31 Dec 1999 23:59:59 GMT")]
    RetryDate,
    #[status(503, retry_after = "120")]
    RetryString,
    #[status(429, retry_after = 3600, message = "at most 100 requests an hour")]
    RetryInt,
    // RFC 9110 §12.5.1
    #[status(415, accept = "audio/*; q=0.2, audio/basic", message = "audio only")]
    Accept1,
    #[status(
        415,
        accept = "text/plain; q=0.5, text/html, text/x-dvi; q=0.8, text/x-c",
        message = "text only"
    )]
    Accept2,
    #[status(
        415,
        accept = "text/*, text/plain, text/plain;format=flowed, */*",
        message = "text only"
    )]
    Accept3,
    #[status(
        415,
        accept = "text/*;q=0.3, text/plain;q=0.7, text/plain;format=flowed, text/plain;format=fixed;q=0.4, */*;q=0.5",
        message = "text only"
    )]
    Accept4,
    // RFC 9110 §12.5.3
    #[status(415, accept_encoding = "compress, gzip", message = "coding")]
    Encoding1,
    #[status(415, accept_encoding = "", message = "coding")]
    Encoding2,
    #[status(415, accept_encoding = "*", message = "coding")]
    Encoding3,
    #[status(
        415,
        accept_encoding = "compress;q=0.5, gzip;q=1.0",
        message = "coding"
    )]
    Encoding4,
    #[status(
        415,
        accept_encoding = "gzip;q=1.0, identity; q=0.5, *;q=0",
        message = "coding"
    )]
    Encoding5,
    // RFC 9110 §7.8, §15.5.22
    #[status(426, upgrade = "websocket, IRC/6.9, RTA/x11", message = "upgrade")]
    Upgrade1,
    #[status(426, upgrade = "HTTP/3.0", message = "upgrade")]
    Upgrade2,
    // RFC 9110 §14.4, §15.5.17
    #[status(416, content_range = "bytes */1234", message = "range")]
    Range1,
    #[status(416, content_range = "bytes */47022", message = "range")]
    Range2,
    // RFC 7725 §3
    #[status(
        451,
        blocked_by = "https://spqr.example.org/legislatione",
        message = "blocked by the Senate"
    )]
    Blocked,
}

fn on_the_wire(error: &Rfc) -> Vec<(String, String)> {
    header_lines(&error.to_response::<String>())
        .into_iter()
        .filter(|(name, _)| name != "content-type")
        .collect()
}

#[test]
fn rfc_examples_go_on_the_wire_unchanged() {
    let cases: Vec<(Rfc, Vec<(&str, &str)>)> = vec![
        (
            Rfc::MultiChallenge,
            vec![
                ("www-authenticate", r#"Basic realm="simple""#),
                (
                    "www-authenticate",
                    r#"Newauth realm="apps", type=1, title="Login to \"apps\"""#,
                ),
            ],
        ),
        (
            Rfc::Schemes,
            vec![
                ("www-authenticate", r#"Basic realm="WallyWorld""#),
                ("www-authenticate", r#"Basic realm="foo", charset="UTF-8""#),
                ("www-authenticate", r#"Bearer realm="example""#),
                (
                    "www-authenticate",
                    r#"Bearer realm="example", error="invalid_token", error_description="The access token expired""#,
                ),
            ],
        ),
        (Rfc::Allow, vec![("allow", "GET, HEAD, PUT")]),
        (
            Rfc::RetryDate,
            vec![("retry-after", "Fri, 31 Dec 1999 23:59:59 GMT")],
        ),
        (Rfc::RetryString, vec![("retry-after", "120")]),
        (Rfc::RetryInt, vec![("retry-after", "3600")]),
        (Rfc::Accept1, vec![("accept", "audio/*; q=0.2, audio/basic")]),
        (
            Rfc::Accept2,
            vec![("accept", "text/plain; q=0.5, text/html, text/x-dvi; q=0.8, text/x-c")],
        ),
        (
            Rfc::Accept3,
            vec![("accept", "text/*, text/plain, text/plain;format=flowed, */*")],
        ),
        (
            Rfc::Accept4,
            vec![(
                "accept",
                "text/*;q=0.3, text/plain;q=0.7, text/plain;format=flowed, text/plain;format=fixed;q=0.4, */*;q=0.5",
            )],
        ),
        (Rfc::Encoding1, vec![("accept-encoding", "compress, gzip")]),
        (Rfc::Encoding2, vec![("accept-encoding", "")]),
        (Rfc::Encoding3, vec![("accept-encoding", "*")]),
        (
            Rfc::Encoding4,
            vec![("accept-encoding", "compress;q=0.5, gzip;q=1.0")],
        ),
        (
            Rfc::Encoding5,
            vec![("accept-encoding", "gzip;q=1.0, identity; q=0.5, *;q=0")],
        ),
        (
            Rfc::Upgrade1,
            vec![
                ("upgrade", "websocket, IRC/6.9, RTA/x11"),
                ("connection", "upgrade"),
            ],
        ),
        (
            Rfc::Upgrade2,
            vec![("upgrade", "HTTP/3.0"), ("connection", "upgrade")],
        ),
        (Rfc::Range1, vec![("content-range", "bytes */1234")]),
        (Rfc::Range2, vec![("content-range", "bytes */47022")]),
        (
            Rfc::Blocked,
            vec![(
                "link",
                r#"<https://spqr.example.org/legislatione>; rel="blocked-by""#,
            )],
        ),
    ];
    for (error, expected) in &cases {
        assert_eq!(on_the_wire(error), lines(expected), "{error:?}");
    }
}
