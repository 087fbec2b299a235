//! The derived conversion against the same response written by hand and as an axum tuple.
//!
//! `cargo bench -p status-core-tests --bench response` runs it and ends with the table the
//! README shows: median times from criterion's estimates, and the ratios.

use criterion::Criterion;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod common;

use common::{axum_tuple, by_hand, cases, derived, derived_axum, ApiError};

/// Directory names for the cases, in the order of `cases()`.
const IDS: [&str; 5] = [
    "static",
    "formatted",
    "two_challenges",
    "retry_after_field",
    "transparent",
];

/// The measured functions: criterion's id, and the conversion.
type Conversion = fn(&ApiError);

const FUNCTIONS: [(&str, Conversion); 4] = [
    ("derived", |error| drop(black_box(derived(error)))),
    ("by_hand", |error| drop(black_box(by_hand(error)))),
    ("derived_body", |error| drop(black_box(derived_axum(error)))),
    ("axum_tuple", |error| drop(black_box(axum_tuple(error)))),
];

fn bench(c: &mut Criterion) {
    for ((_, error), id) in cases().into_iter().zip(IDS) {
        let mut group = c.benchmark_group(id);
        for (name, conversion) in FUNCTIONS {
            group.bench_function(name, |b| b.iter(|| conversion(black_box(&error))));
        }
        group.finish();
    }
}

/// Where criterion writes: `$CARGO_TARGET_DIR/criterion`, else the workspace's `target/`.
fn output_directory() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
            PathBuf::from,
        )
        .join("criterion")
}

/// The median of one benchmark, in nanoseconds, from criterion's `estimates.json`.
fn median(dir: &Path, group: &str, function: &str) -> Option<f64> {
    let path = dir.join(group).join(function).join("new/estimates.json");
    let json = std::fs::read_to_string(path).ok()?;
    let median = &json[json.find("\"median\":")?..];
    let point = &median[median.find("\"point_estimate\":")? + "\"point_estimate\":".len()..];
    let end = point.find([',', '}'])?;
    point[..end].trim().parse().ok()
}

fn table(dir: &Path) {
    println!();
    println!(
        "| case | derived → Response<String> | by hand | ratio | derived → axum Body | axum tuple | ratio |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for ((name, _), id) in cases().into_iter().zip(IDS) {
        let times: Option<Vec<f64>> = FUNCTIONS
            .iter()
            .map(|(function, _)| median(dir, id, function))
            .collect();
        if let Some(t) = times {
            println!(
                "| {name} | {:.1} ns | {:.1} ns | {:.3} | {:.1} ns | {:.1} ns | {:.3} |",
                t[0],
                t[1],
                t[0] / t[1],
                t[2],
                t[3],
                t[2] / t[3],
            );
        }
    }
}

fn main() {
    let dir = output_directory();
    let mut c = Criterion::default()
        .output_directory(&dir)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(4))
        .sample_size(200)
        .configure_from_args();
    bench(&mut c);
    c.final_summary();
    // Under `cargo test --benches` each function runs once and there are no estimates.
    if std::env::args().any(|arg| arg == "--bench") {
        table(&dir);
    }
}
