// A mistake in the attribute is one error, also where the type is an axum handler's error and
// is converted to actix-web's and poem's errors: the fallback implements those too.
use status_core::HttpStatusError;

#[derive(Debug, HttpStatusError)]
enum ApiError {
    #[status(405, alow = "GET")]
    ReadOnly,
}

async fn handler() -> Result<&'static str, ApiError> {
    Err(ApiError::ReadOnly)
}

fn main() {
    let _app: axum::Router = axum::Router::new().route("/", axum::routing::get(handler));
    let _ = axum::response::IntoResponse::into_response(ApiError::ReadOnly);
    let _: actix_web::Error = ApiError::ReadOnly.into();
    let _: poem::Error = ApiError::ReadOnly.into();
    let _: http::Response<String> = ApiError::ReadOnly.into();
}
