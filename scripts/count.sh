#!/usr/bin/env bash
# Instructions per conversion of every case of the response benchmark, derived and by hand,
# counted by callgrind: deterministic, so a comparison this machine's noise hides in a timing
# still shows. Builds the benchmark, runs each conversion RESPONSE_COUNT times under
# `valgrind --tool=callgrind` and subtracts a run that converts nothing.
#
# status-core's `tracing` and `negotiate` features are off, as in an application that does not
# turn them on and as the hand-written code has neither; `OPTIONAL=1` counts with both on (each
# conversion logged, and checked for a negotiating middleware).
#
#   scripts/count.sh            # every case; ~3 minutes
#   N=5000 CASES="static server_error" FRAMEWORKS=poem scripts/count.sh
#   OPTIONAL=1 scripts/count.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
n="${N:-2000}"
cases="${CASES:-static formatted headers retry_after transparent server_error problem_json}"
read -r -a frameworks <<< "${FRAMEWORKS:-hyper axum poem actix}"
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 1; }

features=(--no-default-features)
[ -n "${OPTIONAL:-}" ] && features=()
bench="$(cd "$root" && cargo bench -p status-core-tests --bench response "${features[@]}" --no-run --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)"
[ -x "$bench" ] || { echo "no benchmark executable" >&2; exit 1; }

# Instructions of one run of the benchmark's count mode.
instructions() {
  RESPONSE_COUNT="$1" RESPONSE_ONLY="$2" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$bench" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

base="$(instructions 0 none/none)"
per() { awk -v a="$1" -v b="$base" -v n="$n" 'BEGIN { printf "%.0f", (a - b) / n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

echo "instructions per conversion, callgrind, $n conversions each (rustc $(rustc --version | cut -d' ' -f2);" \
  "tracing and negotiate $([ -n "${OPTIONAL:-}" ] && echo on || echo off))"
echo
echo "| case | framework | derived | by hand | ratio | axum tuple | derived / tuple |"
echo "|---|---|---:|---:|---:|---:|---:|"
for case in $cases; do
  for framework in "${frameworks[@]}"; do
    derived="$(per "$(instructions "$n" "$case/${framework}_derived")")"
    by_hand="$(per "$(instructions "$n" "$case/${framework}_by_hand")")"
    tuple="" versus=""
    if [ "$framework" = axum ]; then
      tuple="$(per "$(instructions "$n" "$case/axum_tuple")")"
      versus="$(ratio "$derived" "$tuple")"
    fi
    echo "| $case | $framework | $derived | $by_hand | $(ratio "$derived" "$by_hand") | $tuple | $versus |"
  done
done
