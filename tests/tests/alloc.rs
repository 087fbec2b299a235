//! Heap allocations of each derived conversion, counted by a global allocator and compared with
//! the same response written by hand, and the derived conversion to axum's body type with axum's
//! tuple response. `-- --nocapture` prints the counts.
//!
//! The global allocator counts every thread, so this binary holds one test: nothing else
//! allocates while a conversion is counted.

#[path = "../benches/common/mod.rs"]
mod common;

use common::{axum_tuple, by_hand, cases, derived, derived_axum};
use http::{HeaderMap, Response};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use status_core::HttpStatusError;
use status_core_tests::header_lines;
use std::alloc::System;
use std::time::{Duration, UNIX_EPOCH};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Allocations and reallocations made by `f`; its result is dropped after counting.
fn allocations<R>(f: impl FnOnce() -> R) -> usize {
    let region = Region::new(GLOBAL);
    let result = std::hint::black_box(f());
    let change = region.change();
    drop(result);
    change.allocations + change.reallocations
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
    for (name, error) in cases() {
        // The twins send the same response; the axum tuple the same status and headers.
        let ours = derived(&error);
        let theirs = by_hand(&error);
        assert_eq!(ours.status(), theirs.status(), "{name}");
        assert_eq!(header_lines(&ours), header_lines(&theirs), "{name}");
        assert_eq!(ours.body(), theirs.body(), "{name}");
        let ours = derived_axum(&error);
        let theirs = axum_tuple(&error);
        assert_eq!(ours.status(), theirs.status(), "{name}");
        assert_eq!(header_lines(&ours), header_lines(&theirs), "{name}");

        let owned = error.clone();
        let counts = [
            allocations(|| derived(&error)),
            allocations(|| Response::<String>::from(owned)),
            allocations(|| by_hand(&error)),
            allocations(|| derived_axum(&error)),
            allocations(|| axum_tuple(&error)),
        ];
        report.push((name, counts));
    }
    for (name, [derived, from, by_hand, derived_axum, axum_tuple]) in &report {
        println!(
            "{name}: derived {derived}, From {from}, by hand {by_hand}; \
             derived to axum Body {derived_axum}, axum tuple {axum_tuple}"
        );
    }
    for (name, [derived, from, by_hand, derived_axum, axum_tuple]) in report {
        assert!(
            derived <= by_hand,
            "{name}: derived {derived} > by hand {by_hand}"
        );
        assert!(from <= by_hand, "{name}: From {from} > by hand {by_hand}");
        assert!(
            derived_axum <= axum_tuple,
            "{name}: derived to axum Body {derived_axum} > axum tuple {axum_tuple}"
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
        assert_eq!(
            allocations(|| field.write_headers(&mut headers)),
            1,
            "{field:?}"
        );
        assert_eq!(headers.len(), 2, "{field:?}");
    }
}
