#!/usr/bin/env bash
# The derive's cost at compile time, against thiserror's on the same enum: for each shape of
# variant and each size, one crate per derive (none, HttpStatusError, thiserror::Error) holding
# the same error enum, checked several times. Prints the medians, the ratio to thiserror's, and
# each derive's cost per variant over the bare enum, so that growth with the variant count
# shows; then `cargo tree` shows which crates the derive brings into a user's build.
#
# What is timed is the crate's whole check: the `rustc` command `cargo check -v` runs for it
# (start-up, loading the derive and the dependencies' metadata, expansion, every check). Not
# timed is cargo's own work before it, which depends on the build's dependency graph, not on
# the enum: here, where status-core is a path dependency, cargo also reads its workspace and
# compares the modification times of its sources, which a dependency from crates.io does not
# need. MODE=cargo times the whole `cargo check` instead.
#
#   scripts/macro-cost.sh                                  # the whole matrix, 7 runs each
#   RUNS=11 SHAPES="mixed units" SIZES="300" scripts/macro-cost.sh
#   CONFIGS="none status thiserror both" SHAPES=mixed SIZES=300 scripts/macro-cost.sh
#   MODE=cargo SHAPES=units SIZES=50 scripts/macro-cost.sh
#   SERVICE=1 SIZES=50 scripts/macro-cost.sh
#
# SERVICE=1 puts beside the enum, in every config's crate, what a web service's crate has
# whatever derives it uses: `http` among its dependencies, a `From` impl of its own, and a
# function returning an `http::Response`. The compiler's work for those (the coherence check of
# `From`, which reads every `From` impl of the dependencies, and the drop check of a response)
# is then paid by every config, as it is in a service, and not by the derive's `From` impl
# alone.
#
# Shapes (each variant of an enum takes the next kind of its shape, cycling):
#   units      unit variants with static messages
#   formatted  two named fields in a formatted message
#   headers    static headers on four variants in five (allow, a challenge, retry_after, header)
#   fields     headers from fields (retry_after from a u64 and a Duration, content_range, header)
#   sources    5xx wrapping an io::Error, half of them worded with {0}
#   problem    format = "problem+json": problem_type, title, extensions, instance
#   mixed      a unit, two named fields in a message, a static allow, retry_after from a u64
#              field, a 502 wrapping an io::Error with {0} in its message
#
# Needs only cargo and crates.io (status-core comes by path, thiserror at the lockfile's
# version). Times with `date +%s%N`, the configs of one crate interleaved run by run.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-7}"
shapes="${SHAPES:-units formatted headers fields sources problem mixed}"
sizes="${SIZES:-50 300 1000}"
configs="${CONFIGS:-none status thiserror}"
mode="${MODE:-rustc}"
service="${SERVICE:-0}"
out="${OUT:-$root/target/macro-cost}"
export CARGO_TARGET_DIR="$out/target"
# Each check type-checks the whole crate again, as after an edit: incremental reuse would hide
# the cost of checking the generated code.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

thiserror="$(awk '/^name = "thiserror"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$root/Cargo.lock")"
[ -n "$thiserror" ] || { echo "no thiserror in $root/Cargo.lock" >&2; exit 1; }
http="$(awk '/^name = "http"$/ { getline; gsub(/[^0-9.]/, ""); if ($0 ~ /^1\./) { print; exit } }' "$root/Cargo.lock")"
[ -n "$http" ] || { echo "no http 1 in $root/Cargo.lock" >&2; exit 1; }

# One variant, `$1` its index, for the current shape and config: the `#[status]` attribute (when
# `status`), the `#[error]` attribute (when `error`), the variant.
variant() {
  local i="$1" k st="" er="" fields="" body=""
  case "$shape" in
    units)
      local codes=(400 403 404 410 422)
      k=$((i % 5))
      st="${codes[$k]}, message = \"request $i was refused\""
      er="request $i was refused"
      body="V$i" ;;
    formatted)
      st="404, message = \"no {kind} with id {id} (case $i)\""
      er="no {kind} with id {id} (case $i)"
      body="V$i { id: u64, kind: String }" ;;
    headers)
      case $((i % 5)) in
        0) st="405, allow = \"GET, HEAD\", message = \"read-only $i\"" ;;
        1) st="401, www_authenticate = r#\"Bearer realm=\"api\"\"#, message = \"sign in $i\"" ;;
        2) st="503, retry_after = 120, message = \"down $i\"" ;;
        3) st="404, header = \"cache-control: no-store\", message = \"gone $i\"" ;;
        4) st="400, message = \"bad $i\"" ;;
      esac
      er="refused $i"
      body="V$i" ;;
    fields)
      case $((i % 4)) in
        0) st="429, message = \"slow down $i\""; fields="(#[status(retry_after)] u64)" ;;
        1) st="503, message = \"later $i\""; fields="(#[status(retry_after)] std::time::Duration)" ;;
        2) st="416, message = \"no such range $i\""; fields="(#[status(content_range)] u64)" ;;
        3) st="404, message = \"no order $i\""; fields=" { #[status(header = \"x-request-id\")] request_id: String }" ;;
      esac
      er="refused $i"
      body="V$i$fields"
      $status || body="$(sed 's/#\[status([a-z_ =\\"-]*)\] //' <<<"$body")" ;;
    sources)
      case $((i % 2)) in
        0) st="500"; er="storage $i: {0}" ;;
        1) st="502, message = \"upstream $i: {0}\""; er="upstream $i: {0}" ;;
      esac
      if $error; then body="V$i(#[source] std::io::Error)"; else body="V$i(std::io::Error)"; fi ;;
    problem)
      case $((i % 4)) in
        0) st="403, problem_type = \"https://example.com/probs/credit\", title = \"Not enough credit\", message = \"balance {balance}, cost {price} ($i)\""
           er="balance {balance}, cost {price} ($i)"
           body="V$i { #[status(extension)] balance: u64, price: u64 }" ;;
        1) st="422, message = \"invalid fields ($i)\""
           er="invalid fields ($i)"
           body="V$i { #[status(extension)] errors: Vec<String> }" ;;
        2) st="404, message = \"no such page ($i)\""
           er="no such page ($i)"
           body="V$i { #[status(instance)] instance: String }" ;;
        3) st="500"
           er="internal ($i)"
           body="V$i" ;;
      esac
      $status || body="$(sed 's/#\[status([a-z]*)\] //g' <<<"$body")" ;;
    mixed)
      case $((i % 5)) in
        0) st="400, message = \"bad request $i\""; er="bad request $i"; body="V$i" ;;
        1) st="404, message = \"no item {id} in {kind} ($i)\""; er="no item {id} in {kind} ($i)"
           body="V$i { id: u64, kind: String }" ;;
        2) st="405, allow = \"GET, HEAD\", message = \"read-only $i\""; er="read-only $i"; body="V$i" ;;
        3) st="429, message = \"slow down $i\""; er="slow down $i"
           if $status; then body="V$i(#[status(retry_after)] u64)"; else body="V$i(u64)"; fi ;;
        4) st="502, message = \"upstream $i: {0}\""; er="upstream $i: {0}"
           if $error; then body="V$i(#[source] std::io::Error)"; else body="V$i(std::io::Error)"; fi ;;
      esac ;;
    *) echo "unknown shape $shape" >&2; exit 1 ;;
  esac
  if $status; then echo "    #[status($st)]"; fi
  if $error; then echo "    #[error(\"$er\")]"; fi
  echo "    $body,"
}

# The crate's source for one shape, size and config.
generate() {
  local config="$1" variants="$2" derives="Debug"
  status=false error=false
  case "$config" in
    status) status=true ;;
    thiserror) error=true ;;
    both) status=true error=true ;;
  esac
  $error && derives="$derives, thiserror::Error"
  $status && derives="$derives, status_core::HttpStatusError"
  echo "//! Generated by scripts/macro-cost.sh: a $variants-variant error enum, shape $shape ($config)."
  echo "#![deny(warnings)]"
  echo "#![allow(dead_code)]"
  echo "#[derive($derives)]"
  if $status && [ "$shape" = problem ]; then echo "#[status(format = \"problem+json\")]"; fi
  echo "pub enum ApiError {"
  local i
  for ((i = 0; i < variants; i++)); do
    variant "$i"
  done
  echo "}"
  if [ "$service" = 1 ]; then
    cat <<'RUST'

/// What a service's crate has besides its error type: a conversion of its own, and a response.
pub struct Wrapper(pub u8);

impl From<u8> for Wrapper {
    fn from(value: u8) -> Self {
        Wrapper(value)
    }
}

pub fn reply() -> http::Response<String> {
    http::Response::new(String::new())
}
RUST
  fi
}

# The crate of one config; its dependencies are built once, by the warm-up.
setup() {
  local config="$1" dir="$out/$1" deps=""
  mkdir -p "$dir/src"
  case "$config" in
    status) deps="status-core = { path = \"$root/status-core\" }" ;;
    thiserror) deps="thiserror = \"=$thiserror\"" ;;
    both) deps="status-core = { path = \"$root/status-core\" }
thiserror = \"=$thiserror\"" ;;
  esac
  if [ "$service" = 1 ]; then
    deps="$deps
http = \"=$http\""
  fi
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "macro-cost-$config"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$deps

[workspace]
TOML
  cp "$root/Cargo.lock" "$dir/Cargo.lock" # the workspace's versions of syn, quote, http, ...
}

# The `rustc` command cargo runs to check the crate of config `$1`.
declare -A rustc_of
record_command() {
  local dir="$out/$1"
  touch "$dir/src/lib.rs"
  rustc_of[$1]="$(cd "$dir" && cargo check -v 2>&1 | sed -n 's/^ *Running `\(.*\)`$/\1/p' | tail -1)"
  [ -n "${rustc_of[$1]}" ] || { echo "no rustc command for $1" >&2; exit 1; }
}

# One timed check of a generated crate, in milliseconds.
time_once() {
  local dir="$out/$1"
  touch "$dir/src/lib.rs"
  local start end
  start="$(date +%s%N)"
  if [ "$mode" = cargo ]; then
    (cd "$dir" && cargo check -q)
  else
    (cd "$dir" && eval "${rustc_of[$1]}" >/dev/null) || { echo "rustc failed for $1" >&2; exit 1; }
  fi
  end="$(date +%s%N)"
  echo $(((end - start) / 1000000))
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
per_variant() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.3f", (a - b) / n }'; }

for config in $configs; do setup "$config"; done

declare -A med
for shape in $shapes; do
  for size in $sizes; do
    for config in $configs; do
      generate "$config" "$size" > "$out/$config/src/lib.rs"
      # Warm-up: builds what changed, and fails loudly if the generated code does not compile
      # or warns.
      (cd "$out/$config" && cargo check -q)
      record_command "$config"
    done
    declare -A times=()
    for ((run = 0; run < runs; run++)); do
      for config in $configs; do
        times[$config]+="$(time_once "$config") "
      done
    done
    for config in $configs; do
      med[$shape,$size,$config]="$(median <<<"${times[$config]}")"
    done
    line="$shape $size:"
    for config in $configs; do line+=" $config ${med[$shape,$size,$config]} ms"; done
    echo "$line" >&2
  done
done

echo
what="the crate's rustc command, as cargo check runs it"
[ "$mode" = cargo ] && what="cargo check"
beside=""
[ "$service" = 1 ] && beside=" beside a service's own From impl and response (SERVICE=1)"
echo "checking one error enum$beside ($what), median of $runs runs (rustc $(rustc --version | cut -d' ' -f2), thiserror $thiserror, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
header="| shape | variants |"
rule="|---|---:|"
for config in $configs; do
  case "$config" in
    none) header+=" bare enum |" ;;
    status) header+=" HttpStatusError |" ;;
    thiserror) header+=" thiserror |" ;;
    both) header+=" both |" ;;
  esac
  rule+="---:|"
done
if [[ " $configs " == *" status "* && " $configs " == *" thiserror "* ]]; then
  header+=" ratio | ms per variant, ours / thiserror's |"
  rule+="---:|---:|"
fi
echo "$header"
echo "$rule"
for shape in $shapes; do
  for size in $sizes; do
    row="| $shape | $size |"
    for config in $configs; do row+=" ${med[$shape,$size,$config]} ms |"; done
    if [[ " $configs " == *" status "* && " $configs " == *" thiserror "* ]]; then
      s="${med[$shape,$size,status]}" t="${med[$shape,$size,thiserror]}"
      row+=" $(ratio "$s" "$t") |"
      if [[ " $configs " == *" none "* ]]; then
        n="${med[$shape,$size,none]}"
        row+=" $(per_variant "$s" "$n" "$size") / $(per_variant "$t" "$n" "$size") |"
      else
        row+=" |"
      fi
    fi
    echo "$row"
  done
done

[[ " $configs " == *" status "* ]] || exit 0
echo
echo "crates status-core with its derive brings into a user's build (cargo tree, normal and build edges):"
tree() { cargo tree -e normal,build --prefix none --format '{p}' "$@" | sed 's/ .*//' | sort -u; }
(cd "$out/status" && tree | grep -v -x macro-cost-status)
# The derive's own dependencies must stay within syn, quote, proc-macro2 and http (and what those
# depend on); status-core's run-time ones (httpdate, itoa) are listed apart.
allowed="$(cd "$out/status" && for krate in syn quote proc-macro2 http; do
  tree -p "$krate" 2>/dev/null || true
done | sort -u)"
derive_others="$(cd "$out/status" && tree -p status-derive |
  grep -v -x -e status-derive $(printf -- '-e %s ' $allowed) || true)"
runtime="$(cd "$out/status" && cargo tree -e normal --depth 1 --prefix none --format '{p}' -p status-core |
  sed 's/ .*//' | grep -v -x -e status-core -e status-derive | sort -u | tr '\n' ' ')"
echo "status-core's own run-time dependencies: $runtime"
if [ -n "$derive_others" ]; then
  echo "the derive brings crates beyond syn, quote, proc-macro2, http: $derive_others" >&2
  exit 1
fi
echo "the derive brings nothing beyond syn, quote, proc-macro2, http (and what they depend on)"
