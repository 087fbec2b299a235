//! Every way to a response: through the `&T`, `Box<T>` and `Box<dyn HttpStatusError>` impls,
//! into `String` and `Vec<u8>` bodies, and `write_headers` into a map that already holds
//! headers.

use http::{HeaderMap, HeaderValue, Response, StatusCode};
use status_core::HttpStatusError;
use status_core_tests::{assert_response, header_lines, TEXT_PLAIN};

#[test]
fn reference_and_box_blanket_impls() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(405, allow = "GET", message = "read only")]
        ReadOnly,
    }

    let expected: &[(&str, &str)] = &[TEXT_PLAIN, ("allow", "GET")];
    let error = ApiError::ReadOnly;

    let by_ref: &ApiError = &error;
    assert_eq!(
        <&ApiError as HttpStatusError>::status(&by_ref),
        StatusCode::METHOD_NOT_ALLOWED
    );
    let response = <&ApiError as HttpStatusError>::to_response::<String>(&by_ref);
    assert_response(&response, 405, expected, "read only");

    let boxed: Box<ApiError> = Box::new(ApiError::ReadOnly);
    assert_eq!(
        <Box<ApiError> as HttpStatusError>::body(&boxed),
        "read only"
    );
    let response = <Box<ApiError> as HttpStatusError>::to_response::<String>(&boxed);
    assert_response(&response, 405, expected, "read only");

    let dynamic: Box<dyn HttpStatusError> = Box::new(ApiError::ReadOnly);
    let response = dynamic.to_response::<String>();
    assert_response(&response, 405, expected, "read only");
}

#[test]
fn body_types_string_and_bytes() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(404, message = "no user {0}")]
        NoUser(u64),
    }

    let error = ApiError::NoUser(5);
    let response: Response<String> = error.to_response();
    assert_response(&response, 404, &[TEXT_PLAIN], "no user 5");

    let response: Response<Vec<u8>> = error.to_response();
    assert_response(&response, 404, &[TEXT_PLAIN], b"no user 5");

    let response: Response<Vec<u8>> = error.into();
    assert_response(&response, 404, &[TEXT_PLAIN], b"no user 5");
}

#[test]
fn write_headers_replaces_content_type_and_keeps_the_rest() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(
            405,
            allow = "GET, HEAD",
            header = "X-Request-Id: 42",
            header = "X-Request-Id: 43",
            message = "read only"
        )]
        ReadOnly,
    }

    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    headers.append("content-type", HeaderValue::from_static("text/html"));
    headers.insert("x-trace", HeaderValue::from_static("abc"));
    headers.insert("x-request-id", HeaderValue::from_static("1"));
    ApiError::ReadOnly.write_headers(&mut headers);

    let mut response = Response::new(String::new());
    *response.headers_mut() = headers;
    assert_eq!(
        header_lines(&response),
        vec![
            (
                "content-type".to_owned(),
                "text/plain; charset=utf-8".to_owned()
            ),
            ("x-trace".to_owned(), "abc".to_owned()),
            ("x-request-id".to_owned(), "42".to_owned()),
            ("x-request-id".to_owned(), "43".to_owned()),
            ("allow".to_owned(), "GET, HEAD".to_owned()),
        ]
    );
}

#[test]
fn a_type_whose_only_line_is_its_content_type_writes_it_every_way() {
    // No variant writes a line of its own: the derive gives the content type alone, and the
    // trait's `__write` writes it.
    #[derive(Debug, HttpStatusError)]
    enum Plain {
        #[status(404, message = "no user {0}")]
        NoUser(u64),
        #[status(409, message = "taken")]
        Taken,
    }
    #[derive(Debug, HttpStatusError)]
    #[status(format = "problem+json")]
    enum Problem {
        #[status(404, message = "no such user")]
        NoUser,
    }

    let plain: &[(&str, &str)] = &[TEXT_PLAIN];
    assert_response(
        &Plain::NoUser(5).to_response::<String>(),
        404,
        plain,
        "no user 5",
    );
    let by_ref: &Plain = &Plain::Taken;
    let response = <&Plain as HttpStatusError>::to_response::<String>(&by_ref);
    assert_response(&response, 409, plain, "taken");
    let boxed: Box<Plain> = Box::new(Plain::Taken);
    let response = <Box<Plain> as HttpStatusError>::to_response::<String>(&boxed);
    assert_response(&response, 409, plain, "taken");
    let dynamic: Box<dyn HttpStatusError> = Box::new(Plain::Taken);
    assert_response(&dynamic.to_response::<String>(), 409, plain, "taken");

    // `write_headers` replaces what the map held under the name, and keeps the rest.
    let mut headers = HeaderMap::new();
    headers.append("content-type", HeaderValue::from_static("application/json"));
    headers.append("content-type", HeaderValue::from_static("text/html"));
    headers.insert("x-trace", HeaderValue::from_static("abc"));
    Plain::Taken.write_headers(&mut headers);
    let content_types: Vec<_> = headers.get_all("content-type").iter().collect();
    assert_eq!(content_types, ["text/plain; charset=utf-8"]);
    assert_eq!(
        (headers.len(), headers["x-trace"].as_bytes()),
        (2, &b"abc"[..])
    );

    let response: Response<String> = Problem::NoUser.into();
    assert_response(
        &response,
        404,
        &[("content-type", "application/problem+json")],
        r#"{"title":"Not Found","status":404,"detail":"no such user"}"#,
    );
}
