//! Cargo unifies features: this suite turns on `axum`, `actix-web`, `poem` and `tracing` for
//! every type derived in it, as any other crate in a user's build could. The integrations must
//! then ask nothing more of a type than the derive does, and a type whose author wrote an impl
//! by hand opts out of the derived one.

use axum::response::IntoResponse;
use status_core::HttpStatusError;
use std::cell::Cell;
use std::marker::PhantomData;
use std::rc::Rc;

/// Not `Display`, not `Debug`, not `Send`, not `Sync`, not `'static`, generic.
#[derive(HttpStatusError)]
#[allow(dead_code)] // the fields are there for their types
enum Bare<'a, T> {
    #[status(404, message = "nothing here")]
    Missing(PhantomData<T>),

    #[status(429, message = "slow down", retry_after = 1)]
    Busy(Rc<Cell<u8>>, &'a str),
}

/// A struct with a where clause.
#[derive(HttpStatusError)]
#[status(503, retry_after = 30)]
struct Down<T>(T)
where
    T: Copy;

fn into_axum<E: IntoResponse>(error: E) -> axum::response::Response {
    error.into_response()
}

fn into_actix<E: Into<actix_web::Error>>(error: E) -> actix_web::Error {
    error.into()
}

fn into_poem<E: Into<poem::Error>>(error: E) -> poem::Error {
    error.into()
}

#[test]
fn the_impls_add_no_bound() {
    let text = String::from("borrowed");
    let busy = || Bare::<'_, fn()>::Busy(Rc::new(Cell::new(0)), &text);

    let response = into_axum(busy());
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "1");

    let response = into_actix(busy()).error_response();
    assert_eq!(response.status().as_u16(), 429);
    assert_eq!(
        response
            .headers()
            .get("retry-after")
            .map(actix_web::http::header::HeaderValue::as_bytes),
        Some(&b"1"[..])
    );

    let error = into_poem(busy());
    assert_eq!(error.status(), 429);

    assert_eq!(
        into_axum(Bare::<'_, ()>::Missing(PhantomData)).status(),
        404
    );
    assert_eq!(into_axum(Down(1_u8)).status(), 503);
    assert_eq!(
        into_actix(Down(1_u8))
            .as_response_error()
            .status_code()
            .as_u16(),
        503
    );
    assert_eq!(into_poem(Down('x')).status(), 503);
}

/// Every integration written by hand: the derived ones are skipped, or these would conflict.
#[derive(Debug, HttpStatusError)]
#[status(409, message = "conflict", no_axum, no_actix, no_poem)]
struct HandWritten;

impl std::fmt::Display for HandWritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("hand-written")
    }
}

impl IntoResponse for HandWritten {
    fn into_response(self) -> axum::response::Response {
        (http::StatusCode::IM_A_TEAPOT, "axum by hand").into_response()
    }
}

impl actix_web::ResponseError for HandWritten {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::IM_A_TEAPOT
    }
}

impl poem::error::ResponseError for HandWritten {
    fn status(&self) -> http::StatusCode {
        http::StatusCode::IM_A_TEAPOT
    }
}

impl std::error::Error for HandWritten {}

#[test]
fn an_opted_out_type_keeps_its_hand_written_impls() {
    assert_eq!(into_axum(HandWritten).status(), 418);
    // actix-web's and poem's blanket From impls, through the hand-written ResponseError.
    let error = into_actix(HandWritten);
    assert_eq!(error.as_response_error().status_code().as_u16(), 418);
    assert_eq!(error.to_string(), "hand-written");
    assert_eq!(into_poem(HandWritten).status(), 418);
    // The derived response is still there for everything else.
    assert_eq!(HandWritten.to_response::<String>().status(), 409);
}

/// One opt-out alone leaves the others derived.
#[derive(HttpStatusError)]
#[status(410, message = "gone", no_axum)]
struct OnlyAxumByHand;

impl IntoResponse for OnlyAxumByHand {
    fn into_response(self) -> axum::response::Response {
        http::StatusCode::IM_A_TEAPOT.into_response()
    }
}

#[test]
fn opt_outs_are_per_framework() {
    assert_eq!(into_axum(OnlyAxumByHand).status(), 418);
    assert_eq!(
        into_actix(OnlyAxumByHand)
            .as_response_error()
            .status_code()
            .as_u16(),
        410
    );
    assert_eq!(into_poem(OnlyAxumByHand).status(), 410);
}
