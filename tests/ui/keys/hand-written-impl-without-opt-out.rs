use status_core::HttpStatusError;

// With status-core's `axum` feature on, the derive implements `IntoResponse`; a type that has
// its own impl must say `#[status(no_axum)]`, or the two impls conflict.
#[derive(Debug, HttpStatusError)]
enum E {
    #[status(404, message = "gone")]
    Gone,
}

impl axum_core::response::IntoResponse for E {
    fn into_response(self) -> axum_core::response::Response {
        axum_core::response::Response::default()
    }
}

fn main() {}
