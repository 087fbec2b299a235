//! The derived conversion into each framework's response against the same response written by
//! hand for that framework, and axum's tuple (see `common/mod.rs` for the hand-written code).
//!
//! `cargo bench -p status-core-tests --bench response --no-default-features` runs it as the
//! README shows it, without status-core's `tracing` and `negotiate` (which the hand-written
//! code does not have), and ends with its table: median times from criterion's estimates, and
//! the ratios.

use criterion::Criterion;
use std::fmt::Debug;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

mod common;
mod estimates;

use common::{
    actix_by_hand, api_cases, derived_actix, derived_axum, derived_hyper, derived_poem,
    poem_by_hand, problem_cases, AxumBody, Case, Full,
};
use estimates::{median, output_directory};

/// The frameworks, each with the functions measured: criterion's ids of the derived conversion,
/// the hand-written one, and axum's tuple for axum.
const FRAMEWORKS: [(&str, &str, &str, Option<&str>); 4] = [
    (
        "hyper `Full<Bytes>`",
        "hyper_derived",
        "hyper_by_hand",
        None,
    ),
    (
        "axum `Body`",
        "axum_derived",
        "axum_by_hand",
        Some("axum_tuple"),
    ),
    ("poem", "poem_derived", "poem_by_hand", None),
    ("actix-web", "actix_derived", "actix_by_hand", None),
];

/// The measured conversions of a case, each as criterion's id and the expression building its
/// response from `$error`, handed to the macro `$each`.
macro_rules! conversions {
    ($error:expr, $each:ident) => {
        $each!("hyper_derived", derived_hyper(black_box($error)));
        $each!("hyper_by_hand", black_box($error).by_hand::<Full>());
        $each!("axum_derived", derived_axum(black_box($error)));
        $each!("axum_by_hand", black_box($error).by_hand::<AxumBody>());
        $each!("axum_tuple", black_box($error).axum_tuple());
        $each!("poem_derived", derived_poem(black_box($error)));
        $each!("poem_by_hand", poem_by_hand(black_box($error)));
        $each!("actix_derived", derived_actix(black_box($error)));
        $each!("actix_by_hand", actix_by_hand(black_box($error)));
    };
}

fn bench_case<E: Case + Debug>(c: &mut Criterion, id: &str, error: &E) {
    let mut group = c.benchmark_group(id);
    macro_rules! register {
        ($function:literal, $response:expr) => {
            group.bench_function($function, |b| b.iter(|| drop(black_box($response))));
        };
    }
    conversions!(error, register);
    group.finish();
}

/// `RESPONSE_COUNT=n RESPONSE_ONLY=case/function`: runs that one conversion `n` times and
/// exits, for counting its instructions under `valgrind --tool=callgrind` (scripts/count.sh),
/// which, unlike a timing, the machine's other work does not disturb.
fn count_case<E: Case + Debug>(id: &str, error: &E, only: &str, n: u32) {
    macro_rules! count {
        ($function:literal, $response:expr) => {
            if only.split_once('/') == Some((id, $function)) {
                for _ in 0..n {
                    drop(black_box($response));
                }
            }
        };
    }
    conversions!(error, count);
}

/// Every case: criterion's id and the table's name.
fn ids() -> Vec<(&'static str, &'static str)> {
    let api = api_cases().into_iter().map(|(id, name, _)| (id, name));
    let problem = problem_cases().into_iter().map(|(id, name, _)| (id, name));
    api.chain(problem).collect()
}

fn bench(c: &mut Criterion) {
    for (id, _, error) in api_cases() {
        bench_case(c, id, &error);
    }
    for (id, _, error) in problem_cases() {
        bench_case(c, id, &error);
    }
}

fn table(dir: &Path) {
    println!();
    println!("| case | framework | derived | by hand | ratio | axum tuple | derived / tuple |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for (id, name) in ids() {
        for (framework, derived, by_hand, tuple) in FRAMEWORKS {
            let (Some(derived), Some(by_hand)) =
                (median(dir, id, derived), median(dir, id, by_hand))
            else {
                continue;
            };
            let tuple = tuple.and_then(|tuple| median(dir, id, tuple));
            let (tuple, versus) = tuple.map_or((String::new(), String::new()), |tuple| {
                (format!("{tuple:.1} ns"), format!("{:.3}", derived / tuple))
            });
            println!(
                "| {name} | {framework} | {derived:.1} ns | {by_hand:.1} ns | {:.3} | {tuple} | {versus} |",
                derived / by_hand,
            );
        }
    }
}

fn main() {
    let count = std::env::var("RESPONSE_COUNT")
        .ok()
        .and_then(|n| n.parse().ok());
    if let (Some(n), Ok(only)) = (count, std::env::var("RESPONSE_ONLY")) {
        for (id, _, error) in api_cases() {
            count_case(id, &error, &only, n);
        }
        for (id, _, error) in problem_cases() {
            count_case(id, &error, &only, n);
        }
        return;
    }
    let dir = output_directory();
    let mut c = Criterion::default()
        .output_directory(&dir)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(200)
        .configure_from_args();
    bench(&mut c);
    c.final_summary();
    // Under `cargo test --benches` each function runs once and there are no estimates.
    if std::env::args().any(|arg| arg == "--bench") {
        table(&dir);
    }
}
