//! The tower layer: axum's `Router::layer`, `tower::ServiceBuilder`, hyper through
//! `hyper-util`'s adapter.

use super::scope::Scope;
use super::{negotiate, AcceptLines};
use http::{Request, Response};
use std::future::Future;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use tower_layer::Layer;
use tower_service::Service;

/// A tower layer that sends each derived error in the representation the request's `Accept`
/// asks for: `text/plain`, `application/problem+json` or `application/json`. See the
/// [module documentation](crate::negotiate) for what it changes and what it leaves alone.
///
/// The response body type must convert from `String`: axum's `Body`, `Full<Bytes>`, `String`.
///
/// ```ignore
/// use http::{Request, Response};
/// use status_core::{HttpStatusError, NegotiateLayer};
/// use std::convert::Infallible;
/// use tower::{service_fn, ServiceBuilder, ServiceExt};
///
/// #[derive(Debug, HttpStatusError)]
/// #[status(format = "problem+json")]
/// enum ApiError {
///     #[status(404, message = "no user {0}")]
///     NoUser(u64),
/// }
///
/// let service = ServiceBuilder::new()
///     .layer(NegotiateLayer::new())
///     .service(service_fn(|_: Request<()>| async {
///         Ok::<_, Infallible>(Response::<String>::from(ApiError::NoUser(7)))
///     }));
/// let request = Request::get("/users/7").header("accept", "text/*").body(())?;
/// let runtime = tokio::runtime::Builder::new_current_thread().build()?;
/// let response = runtime.block_on(service.oneshot(request))?;
///
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["content-type"], "text/plain; charset=utf-8");
/// assert_eq!(response.headers()["vary"], "Accept");
/// assert_eq!(response.body(), "no user 7");
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
///
/// In axum: `Router::new().route(...).layer(NegotiateLayer::new())`.
#[derive(Clone, Copy, Debug, Default)]
pub struct NegotiateLayer {
    _private: (),
}

impl NegotiateLayer {
    /// The layer.
    #[must_use]
    pub const fn new() -> Self {
        NegotiateLayer { _private: () }
    }
}

impl<S> Layer<S> for NegotiateLayer {
    type Service = Negotiate<S>;

    fn layer(&self, inner: S) -> Negotiate<S> {
        Negotiate { inner }
    }
}

/// The service [`NegotiateLayer`] wraps around another.
///
/// ```ignore
/// use http::{Request, Response};
/// use status_core::negotiate::Negotiate;
/// use status_core::{HttpStatusError, NegotiateLayer};
/// use std::convert::Infallible;
/// use tower::{service_fn, Layer, ServiceExt};
///
/// #[derive(Debug, HttpStatusError)]
/// #[status(503, retry_after = 120)]
/// struct Maintenance;
///
/// let service: Negotiate<_> = NegotiateLayer::new().layer(service_fn(|_: Request<()>| async {
///     Ok::<_, Infallible>(Response::<String>::from(Maintenance))
/// }));
/// let request = Request::get("/").header("accept", "application/json").body(())?;
/// let runtime = tokio::runtime::Builder::new_current_thread().build()?;
/// let response = runtime.block_on(service.oneshot(request))?;
///
/// assert_eq!(response.headers()["content-type"], "application/json");
/// assert_eq!(response.headers()["retry-after"], "120");
/// assert_eq!(response.body(), r#"{"title":"Service Unavailable","status":503}"#);
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Negotiate<S> {
    inner: S,
}

impl<S> Negotiate<S> {
    /// The service inside.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The service inside, mutably.
    pub fn get_mut(&mut self) -> &mut S {
        &mut self.inner
    }

    /// The service inside, taken out.
    pub fn into_inner(self) -> S {
        self.inner
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for Negotiate<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: From<String>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = NegotiateFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let accept = AcceptLines::of(request.headers());
        // A service may answer in `call` itself, before its future is polled.
        let future = {
            let _scope = Scope::enter();
            self.inner.call(request)
        };
        NegotiateFuture {
            future: Box::pin(future),
            accept,
        }
    }
}

/// The response future of [`Negotiate`].
///
/// The inner future is boxed: pinning it in place would take `unsafe` code or a dependency.
pub struct NegotiateFuture<F> {
    future: Pin<Box<F>>,
    accept: AcceptLines,
}

impl<F> std::fmt::Debug for NegotiateFuture<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NegotiateFuture").finish_non_exhaustive()
    }
}

impl<F, B, E> Future for NegotiateFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: From<String>,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        // The handler converts its error inside this poll, on this thread, whatever runtime
        // runs it; the mark is cleared before anything else runs here.
        let output = {
            let _scope = Scope::enter();
            ready!(this.future.as_mut().poll(cx))
        };
        Poll::Ready(output.map(|response| negotiate(response, &this.accept)))
    }
}
