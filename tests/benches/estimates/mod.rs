//! Reading criterion's results back, for the tables the benchmarks end with.

use std::path::{Path, PathBuf};

/// Where criterion writes: `$CARGO_TARGET_DIR/criterion`, else the workspace's `target/`.
pub fn output_directory() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
            PathBuf::from,
        )
        .join("criterion")
}

/// The median of one benchmark, in nanoseconds, from criterion's `estimates.json`.
pub fn median(dir: &Path, group: &str, function: &str) -> Option<f64> {
    let path = dir.join(group).join(function).join("new/estimates.json");
    let json = std::fs::read_to_string(path).ok()?;
    let median = &json[json.find("\"median\":")?..];
    let point = &median[median.find("\"point_estimate\":")? + "\"point_estimate\":".len()..];
    let end = point.find([',', '}'])?;
    point[..end].trim().parse().ok()
}
