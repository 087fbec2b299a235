//! Heap allocations of each derived conversion, counted by a global allocator and compared with
//! the same response written by hand, and the derived conversion to axum's body type with axum's
//! tuple response. `-- --nocapture` prints the counts.
//!
//! The global allocator counts every thread, so this binary holds one test: nothing else
//! allocates while a conversion is counted.

#[path = "../benches/common/mod.rs"]
mod common;

use common::{axum_tuple, by_hand, cases, derived, derived_axum};
use http::Response;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use status_core::field::{ContentRangeValue, RetryAfterValue, ToHeaderValue};
use status_core_tests::header_lines;
use std::alloc::System;
use std::time::Duration;

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

    // A number from a field is written once, into a buffer the header value then owns.
    assert_eq!(allocations(|| 120_u64.retry_after_value()), 1);
    assert_eq!(
        allocations(|| Duration::from_millis(1500).retry_after_value()),
        1
    );
    assert_eq!(allocations(|| 4096_u64.content_range_value()), 1);
    assert_eq!(allocations(|| (-7_i32).to_header_value()), 1);
}
