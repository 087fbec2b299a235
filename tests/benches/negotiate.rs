//! What negotiation costs: the consuming conversions with the hook a negotiating layer relies
//! on, the hook alone, and a request through `NegotiateLayer`.
//!
//! `cargo bench -p status-core-tests --bench negotiate` runs it and ends with a table of
//! medians. The `consume` groups measure code that exists without the feature too: run them on
//! a checkout from before the hook with `-- consume --save-baseline before`, then here with
//! `-- consume --baseline before`, and criterion reports the change.

use axum_core::response::IntoResponse;
use criterion::{BatchSize, Criterion};
use http::{Request, Response};
use status_core::{HttpStatusError, NegotiateLayer};
use std::convert::Infallible;
use std::future::Future;
use std::hint::black_box;
use std::path::Path;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;
use tower::{service_fn, Layer, Service};

#[allow(dead_code)] // the cases and twins of the response benchmark; this one uses the enum
mod common;
mod estimates;

use common::{api_cases, ApiError};
use estimates::{median, output_directory};

/// The consuming conversions: `From` into `http::Response<String>` and axum's `IntoResponse`.
fn consume(c: &mut Criterion) {
    for (id, _, error) in api_cases() {
        let mut group = c.benchmark_group(format!("consume/{id}"));
        group.bench_function("from", |b| {
            b.iter_batched(
                || error.clone(),
                |error| Response::<String>::from(black_box(error)),
                BatchSize::SmallInput,
            );
        });
        group.bench_function("into_response", |b| {
            b.iter_batched(
                || error.clone(),
                |error| black_box(error).into_response(),
                BatchSize::SmallInput,
            );
        });
        group.finish();
    }
}

/// The hook outside any layer (what a consuming conversion calls: `to_response` after the
/// check) against `to_response` alone: what a user without the layer pays.
fn hook(c: &mut Criterion) {
    let error = ApiError::ReadOnly;
    let mut group = c.benchmark_group("hook");
    group.bench_function("respond", |b| {
        b.iter_batched(
            || (),
            |()| status_core::__private::convert::<_, String>(black_box(&error)),
            BatchSize::SmallInput,
        );
    });
    group.bench_function("to_response", |b| {
        b.iter_batched(
            || (),
            |()| black_box(&error).to_response::<String>(),
            BatchSize::SmallInput,
        );
    });
    group.finish();
}

/// A waker for futures that never wait.
struct Noop;

impl Wake for Noop {
    fn wake(self: Arc<Self>) {}
}

/// Polls a future that is ready at once (every service here answers without waiting).
fn now<F: Future>(waker: &Waker, future: F) -> F::Output {
    let mut future = pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(waker)) {
        Poll::Ready(output) => output,
        Poll::Pending => unreachable!("the services here never wait"),
    }
}

/// A request through a service that converts a derived error, with and without the layer.
fn layer(c: &mut Criterion) {
    let handler = || {
        service_fn(|_: Request<()>| async {
            Ok::<_, Infallible>(Response::<String>::from(ApiError::ReadOnly))
        })
    };
    let request = |accept: Option<&'static str>| {
        let mut request = Request::new(());
        if let Some(accept) = accept {
            request
                .headers_mut()
                .insert("accept", http::HeaderValue::from_static(accept));
        }
        request
    };
    let waker = Waker::from(Arc::new(Noop));
    let mut group = c.benchmark_group("layer");
    let mut plain = handler();
    group.bench_function("without", |b| {
        b.iter(|| now(&waker, plain.call(request(Some("application/json")))));
    });
    let mut negotiating = NegotiateLayer::new().layer(handler());
    group.bench_function("own_format", |b| {
        b.iter(|| now(&waker, negotiating.call(request(None))));
    });
    group.bench_function("json", |b| {
        b.iter(|| now(&waker, negotiating.call(request(Some("application/json")))));
    });
    group.bench_function("browser", |b| {
        b.iter(|| {
            now(
                &waker,
                negotiating.call(request(Some(
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                ))),
            )
        });
    });
    group.finish();
}

fn table(dir: &Path) {
    println!();
    println!("| benchmark | median |");
    println!("|---|---:|");
    let mut rows: Vec<(String, &str)> = Vec::new();
    for (id, _, _) in api_cases() {
        rows.push((format!("consume/{id}"), "from"));
        rows.push((format!("consume/{id}"), "into_response"));
    }
    for function in ["respond", "to_response"] {
        rows.push(("hook".to_owned(), function));
    }
    for function in ["without", "own_format", "json", "browser"] {
        rows.push(("layer".to_owned(), function));
    }
    for (group, function) in rows {
        // criterion writes a group's `/` as `_` in directory names.
        if let Some(t) = median(dir, &group.replace('/', "_"), function) {
            println!("| {group}/{function} | {t:.1} ns |");
        }
    }
}

/// `NEGOTIATE_COUNT=n`: runs each consuming conversion of every case `n` times and exits, for
/// counting instructions under `valgrind --tool=callgrind`, which this machine's other work
/// does not disturb as it does timings.
fn count(n: u32) {
    for (_, _, error) in api_cases() {
        for _ in 0..n {
            drop(black_box(Response::<String>::from(black_box(
                error.clone(),
            ))));
            drop(black_box(black_box(error.clone()).into_response()));
        }
    }
}

fn main() {
    if let Some(n) = std::env::var("NEGOTIATE_COUNT")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        count(n);
        return;
    }
    let dir = output_directory();
    let mut c = Criterion::default()
        .output_directory(&dir)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(4))
        .sample_size(200)
        .configure_from_args();
    consume(&mut c);
    hook(&mut c);
    layer(&mut c);
    c.final_summary();
    if std::env::args().any(|arg| arg == "--bench") {
        table(&dir);
    }
}
