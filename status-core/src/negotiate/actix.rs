//! The actix-web middleware. actix-web turns a handler's error into its response inside the
//! handler's future, which this middleware polls: the conversion sees the mark and keeps the
//! representation in the error, where the middleware finds it.

use super::scope::Scope;
use super::{outcome, varies_on_accept, Outcome, Representation, PINNED};
use crate::integration::actix::ActixError;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{HeaderValue, ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, VARY};
use actix_web::Error;
use std::future::{ready, Future, Ready};
use std::pin::Pin;
use std::task::{Context, Poll};

/// actix-web middleware that sends each derived error in the representation the request's
/// `Accept` asks for, as [`NegotiateLayer`](crate::NegotiateLayer) does for tower: `App::wrap`
/// it. See the [module documentation](crate::negotiate) for what it changes and what it leaves
/// alone.
///
/// ```
/// use actix_web::{test, web, App};
/// use status_core::negotiate::ActixNegotiate;
/// use status_core::HttpStatusError;
///
/// #[derive(Debug, HttpStatusError)]
/// enum ApiError {
///     #[status(429, message = "slow down")]
///     TooMany(#[status(retry_after)] u64),
/// }
///
/// async fn limited() -> Result<String, ApiError> {
///     Err(ApiError::TooMany(30))
/// }
///
/// actix_web::rt::System::new().block_on(async {
///     let app = test::init_service(
///         App::new().wrap(ActixNegotiate::new()).route("/", web::get().to(limited)),
///     )
///     .await;
///     let request = test::TestRequest::get()
///         .insert_header(("accept", "application/problem+json"))
///         .to_request();
///     let response = test::call_service(&app, request).await;
///
///     let header = |name| response.headers().get(name).map(|v| v.to_str().unwrap());
///     assert_eq!(response.status(), 429);
///     assert_eq!(header("content-type"), Some("application/problem+json"));
///     assert_eq!(header("retry-after"), Some("30"));
///     assert_eq!(header("vary"), Some("Accept"));
///     assert_eq!(
///         test::read_body(response).await,
///         r#"{"title":"Too Many Requests","status":429,"detail":"slow down"}"#,
///     );
/// });
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct ActixNegotiate {
    _private: (),
}

impl ActixNegotiate {
    /// The middleware.
    #[must_use]
    pub const fn new() -> Self {
        ActixNegotiate { _private: () }
    }
}

impl<S, B> Transform<S, ServiceRequest> for ActixNegotiate
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B, String>>;
    type Error = Error;
    type Transform = ActixNegotiateService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ActixNegotiateService { service }))
    }
}

/// The service [`ActixNegotiate`] wraps around another.
#[derive(Debug)]
pub struct ActixNegotiateService<S> {
    service: S,
}

impl<S, B> Service<ServiceRequest> for ActixNegotiateService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B, String>>;
    type Error = Error;
    type Future = ActixNegotiateFuture<S::Future>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let future = {
            let _scope = Scope::enter();
            self.service.call(request)
        };
        ActixNegotiateFuture {
            future: Box::pin(future),
        }
    }
}

/// The response future of [`ActixNegotiateService`]; the inner future is boxed, as in
/// [`NegotiateFuture`](super::NegotiateFuture).
pub struct ActixNegotiateFuture<F> {
    future: Pin<Box<F>>,
}

impl<F> std::fmt::Debug for ActixNegotiateFuture<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActixNegotiateFuture")
            .finish_non_exhaustive()
    }
}

impl<F, B> Future for ActixNegotiateFuture<F>
where
    F: Future<Output = Result<ServiceResponse<B>, Error>>,
{
    type Output = Result<ServiceResponse<EitherBody<B, String>>, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let output = {
            let _scope = Scope::enter();
            std::task::ready!(this.future.as_mut().poll(cx))
        };
        Poll::Ready(output.map(negotiate))
    }
}

/// The representation a derived error's conversion left in the response's error.
fn representation<B>(response: &ServiceResponse<B>) -> Option<&Representation> {
    let error = response.response().error()?.as_error::<ActixError>()?;
    error.extensions.get::<Representation>()
}

fn negotiate<B>(mut response: ServiceResponse<B>) -> ServiceResponse<EitherBody<B, String>> {
    let outcome = representation(&response).map_or(Outcome::Untouched, |representation| {
        let headers = response.headers();
        outcome(
            representation,
            response.status().as_u16(),
            headers.get_all(CONTENT_TYPE).map(HeaderValue::as_bytes),
            PINNED.iter().any(|name| headers.contains_key(*name)),
            &response
                .request()
                .headers()
                .get_all(ACCEPT)
                .map(HeaderValue::as_bytes),
        )
    });
    let body = match outcome {
        Outcome::Untouched => return response.map_into_left_body(),
        Outcome::Own => None,
        Outcome::Render { content_type, body } => {
            let headers = response.headers_mut();
            let _ = headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
            if headers.contains_key(CONTENT_LENGTH) {
                let _ = headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
            }
            Some(body)
        }
    };
    let headers = response.headers_mut();
    if !varies_on_accept(headers.get_all(VARY).map(HeaderValue::as_bytes)) {
        headers.append(VARY, HeaderValue::from_static("Accept"));
    }
    match body {
        Some(body) => response.map_body(|_, _| EitherBody::right(body)),
        None => response.map_into_left_body(),
    }
}
