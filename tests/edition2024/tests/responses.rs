//! The responses of the edition 2024 crate's types.

use status_core::{Challenge, ErrorStatus, HttpStatusError};
use status_core_edition2024::{ApiError, Problem};

fn parts<E: HttpStatusError>(error: &E) -> (u16, Vec<(String, String)>, String) {
    let response = error.to_response::<String>();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = value.to_str().unwrap_or("non-ASCII");
            (name.as_str().to_owned(), value.to_owned())
        })
        .collect();
    (response.status().as_u16(), headers, response.body().clone())
}

fn lines(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect()
}

const TEXT: (&str, &str) = ("content-type", "text/plain; charset=utf-8");

#[test]
fn every_shape_answers() {
    let error: ApiError<&str> = ApiError::TooMany {
        fields: vec!["a".into()],
    };
    assert_eq!(
        parts(&error),
        (400, lines(&[TEXT]), "1 of 10 fields".into())
    );

    let error: ApiError<&str> = ApiError::Unauthenticated(Challenge::bearer("api"));
    assert_eq!(
        parts(&error),
        (
            401,
            lines(&[TEXT, ("www-authenticate", r#"Bearer realm="api""#)]),
            "sign in".into()
        )
    );

    let error = ApiError::ReadOnly("/docs");
    assert_eq!(
        parts(&error),
        (
            405,
            lines(&[TEXT, ("allow", "GET, HEAD")]),
            "read only /docs".into()
        )
    );

    let status = ErrorStatus::try_from(422).expect("an error status");
    let error: ApiError<&str> = ApiError::Custom {
        status,
        detail: "bad name".into(),
    };
    assert_eq!(parts(&error), (422, lines(&[TEXT]), "bad name".into()));

    let error: ApiError<&str> = ApiError::Internal(std::io::Error::other("secret"));
    assert_eq!(
        parts(&error),
        (500, lines(&[TEXT]), "Internal Server Error".into())
    );

    let json = ("content-type", "application/problem+json");
    assert_eq!(
        parts(&Problem::Stale { found: 3 }),
        (
            409,
            lines(&[json]),
            r#"{"title":"Conflict","status":409,"detail":"version 3 is stale","found":3}"#.into()
        )
    );
    assert_eq!(
        parts(&Problem::Wrapped(ApiError::ReadOnly(7))),
        (
            405,
            lines(&[json, ("allow", "GET, HEAD")]),
            r#"{"title":"Method Not Allowed","status":405,"detail":"`read only 7`"}"#.into()
        )
    );
}
