//! `message` format strings: positional and named fields, `Debug`, literal braces, and format
//! specs (alignment, width and precision from fields, fill, raw identifiers).

use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN};

#[test]
fn message_positional_debug_and_literal_braces() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(400, message = "{{field}} {0} is {1:?}, not {0}")]
        Mixed(&'static str, Option<u8>),
        #[status(400, message = "use {{id}}, not {{}}")]
        OnlyBraces,
    }

    assert_response(
        &respond(ApiError::Mixed("age", Some(3))),
        400,
        &[TEXT_PLAIN],
        "{field} age is Some(3), not age",
    );
    assert_response(
        &respond(ApiError::OnlyBraces),
        400,
        &[TEXT_PLAIN],
        "use {id}, not {}",
    );
}

#[test]
fn message_format_specs() {
    #[derive(Debug, HttpStatusError)]
    enum ApiError {
        #[status(404, message = "id:{id:>5}|{id:<4}|{id:^5}|{id:05}|{id:#x}")]
        Aligned { id: u32 },
        #[status(400, message = "[{0:>1$}]")]
        WidthFromField(&'static str, usize),
        #[status(400, message = "ratio {ratio:.prec$} of {total:.1}")]
        Precision { ratio: f64, prec: usize, total: f32 },
        #[status(400, message = "{0:*^7}")]
        Fill(char),
        #[status(400, message = "bad {type}")]
        Raw { r#type: &'static str },
    }

    assert_response(
        &respond(ApiError::Aligned { id: 42 }),
        404,
        &[TEXT_PLAIN],
        "id:   42|42  | 42  |00042|0x2a",
    );
    assert_response(
        &respond(ApiError::WidthFromField("ab", 5)),
        400,
        &[TEXT_PLAIN],
        "[   ab]",
    );
    assert_response(
        &respond(ApiError::Precision {
            ratio: 0.123_456,
            prec: 3,
            total: 2.0,
        }),
        400,
        &[TEXT_PLAIN],
        "ratio 0.123 of 2.0",
    );
    assert_response(&respond(ApiError::Fill('x')), 400, &[TEXT_PLAIN], "***x***");
    assert_response(
        &respond(ApiError::Raw { r#type: "kind" }),
        400,
        &[TEXT_PLAIN],
        "bad kind",
    );
}
