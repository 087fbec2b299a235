//! Heap allocations of each derived conversion, counted by a global allocator and compared with
//! the same response written by hand for each framework (see `benches/common/mod.rs`: static
//! bodies as `&'static str`, `HeaderValue::from_static`), and the derived conversion to axum's
//! response with axum's tuple. `-- --nocapture` prints the counts.
//!
//! The global allocator counts every thread, so this binary holds one test: nothing else
//! allocates while a conversion is counted.

#[path = "../benches/common/mod.rs"]
mod common;

use bytes::Bytes;
use common::{
    actix_by_hand, api_cases, derived_actix, derived_axum, derived_hyper, derived_poem,
    poem_by_hand, problem_cases, AxumBody, Case, Full,
};
use http::{HeaderMap, Response};
use http_body_util::BodyExt;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use status_core::HttpStatusError;
use status_core_tests::header_lines;
use std::alloc::System;
use std::fmt::Debug;
use std::time::{Duration, UNIX_EPOCH};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Allocations and reallocations made by `f`; its result is dropped after counting. `f` runs
/// once before, uncounted: actix-web keeps response heads in a per-thread pool, and the first
/// call of a thread fills it.
fn allocations<R>(f: impl Fn() -> R) -> usize {
    drop(f());
    let region = Region::new(GLOBAL);
    let result = std::hint::black_box(f());
    let change = region.change();
    drop(result);
    change.allocations + change.reallocations
}

/// The frameworks and conversions counted, in the order of a row.
const COLUMNS: [&str; 10] = [
    "hyper derived",
    "hyper by hand",
    "From<E> for Response<Full>",
    "axum derived",
    "axum by hand",
    "axum tuple",
    "poem derived",
    "poem by hand",
    "actix derived",
    "actix by hand",
];

fn body<B: hyper::body::Body<Data = Bytes>>(body: B) -> Bytes
where
    B::Error: Debug,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    runtime
        .block_on(body.collect())
        .expect("a body in memory")
        .to_bytes()
}

/// Status, header lines (sorted: actix-web's map has an order of its own) and body.
type Wire = (u16, Vec<(String, String)>, Bytes);

fn wire<B: hyper::body::Body<Data = Bytes>>(response: Response<B>) -> Wire
where
    B::Error: Debug,
{
    let mut lines = header_lines(&response);
    lines.sort();
    let (parts, b) = response.into_parts();
    (parts.status.as_u16(), lines, body(b))
}

/// Header lines as text, sorted: actix-web's map and `http`'s are different types.
fn sorted<'a>(lines: impl Iterator<Item = (&'a str, &'a [u8])>) -> Vec<(String, String)> {
    let mut lines: Vec<(String, String)> = lines
        .map(|(name, value)| {
            let value = std::str::from_utf8(value).expect("ASCII");
            (name.to_owned(), value.to_owned())
        })
        .collect();
    lines.sort();
    lines
}

fn poem_wire(response: poem::Response) -> Wire {
    let status = response.status().as_u16();
    let lines = sorted(
        response
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_bytes())),
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let bytes = runtime
        .block_on(response.into_body().into_bytes())
        .expect("a body in memory");
    (status, lines, bytes)
}

fn actix_wire(response: actix_web::HttpResponse) -> Wire {
    use actix_web::body::MessageBody;
    let status = response.status().as_u16();
    let lines = sorted(
        response
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_bytes())),
    );
    let bytes = response
        .into_body()
        .try_into_bytes()
        .unwrap_or_else(|_| panic!("a body in memory"));
    (status, lines, bytes)
}

/// Checks that every conversion of `error` sends the same response, and counts each.
fn count<E: Case + Debug>(name: &str, error: &E) -> [usize; 10] {
    let expected = wire(error.by_hand::<Full>());
    assert_eq!(wire(derived_hyper(error)), expected, "{name}: hyper");
    let from: Response<Full> = error.clone().into();
    assert_eq!(wire(from), expected, "{name}: From");
    assert_eq!(wire(derived_axum(error)), expected, "{name}: axum");
    assert_eq!(
        wire(error.by_hand::<AxumBody>()),
        expected,
        "{name}: axum by hand"
    );
    assert_eq!(wire(error.axum_tuple()), expected, "{name}: axum tuple");
    assert_eq!(poem_wire(derived_poem(error)), expected, "{name}: poem");
    assert_eq!(
        poem_wire(poem_by_hand(error)),
        expected,
        "{name}: poem by hand"
    );
    assert_eq!(actix_wire(derived_actix(error)), expected, "{name}: actix");
    assert_eq!(
        actix_wire(actix_by_hand(error)),
        expected,
        "{name}: actix by hand"
    );

    [
        allocations(|| derived_hyper(error)),
        allocations(|| error.by_hand::<Full>()),
        allocations(|| -> Response<Full> { error.clone().into() }),
        allocations(|| derived_axum(error)),
        allocations(|| error.by_hand::<AxumBody>()),
        allocations(|| error.axum_tuple()),
        allocations(|| derived_poem(error)),
        allocations(|| poem_by_hand(error)),
        allocations(|| derived_actix(error)),
        allocations(|| actix_by_hand(error)),
    ]
}

#[test]
fn derived_conversions_allocate_no_more_than_by_hand() {
    /// Fields written from numbers and dates, counted at the end.
    #[derive(Debug, HttpStatusError)]
    enum Field {
        #[status(503, message = "later")]
        Seconds(#[status(retry_after)] u64),
        #[status(503, message = "later")]
        Delay(#[status(retry_after)] Duration),
        #[status(503, message = "later")]
        Date(#[status(retry_after)] std::time::SystemTime),
        #[status(416, message = "no such range")]
        Length(#[status(content_range)] u64),
        #[status(404, message = "not found")]
        Plain(#[status(header = "x-number")] i32),
    }

    let mut report = Vec::new();
    for (_, name, error) in api_cases() {
        report.push((name, count(name, &error)));
    }
    for (_, name, error) in problem_cases() {
        report.push((name, count(name, &error)));
    }
    println!("{}", COLUMNS.join(", "));
    for (name, counts) in &report {
        println!("{name}: {counts:?}");
    }
    for (
        name,
        [hyper, hyper_hand, from, axum, axum_hand, tuple, poem, poem_hand, actix, actix_hand],
    ) in report
    {
        assert!(
            hyper <= hyper_hand,
            "{name}: hyper {hyper} > by hand {hyper_hand}"
        );
        assert!(
            from <= hyper_hand,
            "{name}: From {from} > by hand {hyper_hand}"
        );
        assert!(
            axum <= axum_hand,
            "{name}: axum {axum} > by hand {axum_hand}"
        );
        assert!(axum <= tuple, "{name}: axum {axum} > axum's tuple {tuple}");
        assert!(
            poem <= poem_hand,
            "{name}: poem {poem} > by hand {poem_hand}"
        );
        assert!(
            actix <= actix_hand,
            "{name}: actix {actix} > by hand {actix_hand}"
        );
    }

    // A number or a date from a field is written once, into a buffer the header value then
    // owns; the map, made with room, allocates nothing more.
    for field in [
        Field::Seconds(120),
        Field::Delay(Duration::from_millis(1500)),
        Field::Date(UNIX_EPOCH + Duration::from_secs(784_111_777)),
        Field::Length(4096),
        Field::Plain(-7),
    ] {
        let mut headers = HeaderMap::with_capacity(4);
        let region = Region::new(GLOBAL);
        field.write_headers(&mut headers);
        let change = region.change();
        assert_eq!(change.allocations + change.reallocations, 1, "{field:?}");
        assert_eq!(headers.len(), 2, "{field:?}");
    }
}
