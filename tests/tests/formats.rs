//! Formats of the application's own: `#[status(format = path::To::Format)]`. Status and header
//! rules hold whatever the format; the body is the format's rendering of the representation.

use serde_json::json;
use status_core::{Format, HttpStatusError, Problem};
use status_core_tests::{assert_response, respond};

/// crates.io's shape: `{"errors":[{"detail":"..."}]}`.
struct CratesIo;

impl Format for CratesIo {
    const CONTENT_TYPE: &'static str = "application/json; charset=utf-8";

    fn render(problem: &Problem) -> String {
        json!({ "errors": [{ "detail": problem.text() }] }).to_string()
    }
}

#[derive(Debug, HttpStatusError)]
#[status(format = CratesIo)]
enum CrateError {
    #[status(404, message = "crate `{0}` does not exist")]
    NotFound(String),
    #[status(405, allow = "GET", message = "method not allowed")]
    Method,
    #[status(429, retry_after = 60, message = "slow down")]
    Limited,
    #[status(500)]
    Internal(#[allow(dead_code)] std::io::Error),
}

#[test]
fn custom_format_renders_every_variant() {
    let json = ("content-type", "application/json; charset=utf-8");
    assert_response(
        &respond(CrateError::NotFound("se\"rde".into())),
        404,
        &[json],
        r#"{"errors":[{"detail":"crate `se\"rde` does not exist"}]}"#,
    );
    assert_response(
        &respond(CrateError::Method),
        405,
        &[json, ("allow", "GET")],
        r#"{"errors":[{"detail":"method not allowed"}]}"#,
    );
    assert_response(
        &respond(CrateError::Limited),
        429,
        &[json, ("retry-after", "60")],
        r#"{"errors":[{"detail":"slow down"}]}"#,
    );
    // The 5xx representation has no detail: the format gets the title.
    assert_response(
        &respond(CrateError::Internal(std::io::Error::other("disk on fire"))),
        500,
        &[json],
        r#"{"errors":[{"detail":"Internal Server Error"}]}"#,
    );
}

/// realworld's shape: `{"errors":{"field":["message"]}}`, from an extension member.
struct RealWorld;

impl Format for RealWorld {
    const CONTENT_TYPE: &'static str = "application/json";

    fn render(problem: &Problem) -> String {
        let errors = problem
            .extensions
            .iter()
            .find(|(name, _)| name == "errors")
            .map_or_else(
                || json!({ "body": [problem.text()] }),
                |(_, raw)| serde_json::from_str(raw.get()).unwrap_or_default(),
            );
        json!({ "errors": errors }).to_string()
    }
}

#[derive(Debug, HttpStatusError)]
#[status(format = RealWorld)]
enum RealWorldError {
    #[status(422, message = "validation failed")]
    Unprocessable {
        #[status(extension)]
        errors: std::collections::BTreeMap<String, Vec<String>>,
    },
    #[status(404, message = "article not found")]
    NotFound,
}

#[test]
fn custom_format_reads_extension_members() {
    let errors = [(
        "email".to_owned(),
        vec!["has already been taken".to_owned()],
    )]
    .into_iter()
    .collect();
    assert_response(
        &respond(RealWorldError::Unprocessable { errors }),
        422,
        &[("content-type", "application/json")],
        r#"{"errors":{"email":["has already been taken"]}}"#,
    );
    assert_response(
        &respond(RealWorldError::NotFound),
        404,
        &[("content-type", "application/json")],
        r#"{"errors":{"body":["article not found"]}}"#,
    );
}

#[test]
fn built_in_formats_render_one_representation() {
    use status_core::format::{Json, ProblemJson, Text};
    let mut problem = Problem::new(http::StatusCode::CONFLICT);
    problem.detail = Some("version 3 expected".into());
    problem.extension("expected", &3);
    let object = r#"{"title":"Conflict","status":409,"detail":"version 3 expected","expected":3}"#;
    assert_eq!(Text::render(&problem), "version 3 expected");
    assert_eq!(ProblemJson::render(&problem), object);
    assert_eq!(Json::render(&problem), object);
    assert_eq!(Text::CONTENT_TYPE, "text/plain; charset=utf-8");
    assert_eq!(ProblemJson::CONTENT_TYPE, "application/problem+json");
    assert_eq!(Json::CONTENT_TYPE, "application/json");
}

#[test]
fn the_default_representation_is_titled_with_rfc_9110_phrases() {
    use http::{HeaderMap, StatusCode};
    use status_core::format::ProblemJson;

    // RFC 9110 §15.5.14 names 413 "Content Too Large", where `http` still says "Payload Too
    // Large".
    struct Upload;

    #[derive(Debug, HttpStatusError)]
    enum Derived {
        #[status(413, message = "at most 1 MiB")]
        Upload,
        #[status(500)]
        Internal,
    }

    impl HttpStatusError for Upload {
        fn status(&self) -> StatusCode {
            StatusCode::PAYLOAD_TOO_LARGE
        }

        fn write_headers(&self, _: &mut HeaderMap) {}

        fn body(&self) -> String {
            "at most 1 MiB".to_owned()
        }
    }

    // A status outside the registry.
    struct Odd;
    impl HttpStatusError for Odd {
        fn status(&self) -> StatusCode {
            StatusCode::from_u16(599).unwrap()
        }

        fn write_headers(&self, _: &mut HeaderMap) {}

        fn body(&self) -> String {
            "odd".to_owned()
        }
    }

    let problem = Upload.problem();
    assert_eq!(problem.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(problem.title, "Content Too Large");
    assert_eq!(problem.detail.as_deref(), Some("at most 1 MiB"));
    assert_eq!(problem.problem_type, None);
    assert_eq!(problem.instance, None);
    assert!(problem.extensions.is_empty());
    let object = r#"{"title":"Content Too Large","status":413,"detail":"at most 1 MiB"}"#;
    assert_eq!(ProblemJson::render(&problem), object);

    // A derived text type without a title of its own has the same representation (`Derived`);
    // a 5xx's phrase body is its title, not a detail.
    assert_eq!(ProblemJson::render(&Derived::Upload.problem()), object);
    assert_eq!(
        ProblemJson::render(&Derived::Internal.problem()),
        r#"{"title":"Internal Server Error","status":500}"#
    );

    // A hand-written impl's status outside the registry is titled with its class, as
    // `Problem::new` titles it.
    assert_eq!(Odd.problem().title, "Server Error");

    // `Problem::new` titles from the same registry; a code outside it, with its class.
    let titles = [(413, "Content Too Large"), (422, "Unprocessable Content")]
        .into_iter()
        .chain([(499, "Client Error"), (599, "Server Error")]);
    for (code, title) in titles {
        let problem = Problem::new(StatusCode::from_u16(code).unwrap());
        assert_eq!(problem.title, title, "{code}");
        assert_eq!(problem.status, code, "{code}");
    }
}
