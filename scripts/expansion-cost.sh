#!/usr/bin/env bash
# What the compiler spends on each derive's generated code, apart from the derive's own run:
# for one shape and size of scripts/macro-cost.sh, each derive's expansion is written out as
# source (`-Zunpretty=expanded`, through RUSTC_BOOTSTRAP=1) into a crate of its own, and
# callgrind counts the instructions of checking the bare enum, each expansion, and each crate
# with its derive. A count does not move with the machine's load. Prints, in millions of
# instructions, what each expansion adds to the bare enum's check, and what the derive's run
# adds to that, split in two: the enum's helper attributes (`#[status(...)]`, `#[error(...)]`,
# which the compiler reads, resolves and hands to any derive of the enum), counted as what they
# add to the expansion's check with the enum under a derive that writes nothing, and the run
# proper, the rest (loading the derive, its work, and reading what it writes).
#
#   scripts/expansion-cost.sh                    # problem+json, 300 variants; ~3 minutes
#   SHAPE=units SIZE=50 scripts/expansion-cost.sh
#   SERVICE=1 SHAPE=units SIZE=50 scripts/expansion-cost.sh    # as scripts/macro-cost.sh says
#
# Needs valgrind and python3, besides what scripts/macro-cost.sh needs.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
shape="${SHAPE:-problem}"
size="${SIZE:-300}"
out="${OUT:-$root/target/macro-cost}"
export CARGO_TARGET_DIR="$out/target"
export CARGO_INCREMENTAL=0
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }

# The generated crates of this shape and size, under $out/{none,status,thiserror}.
RUNS=1 SHAPES="$shape" SIZES="$size" OUT="$out" "$root/scripts/macro-cost.sh" >/dev/null 2>&1

# The `rustc` command cargo runs to check the crate in `$1`.
command_of() {
  touch "$1/src/lib.rs"
  (cd "$1" && cargo check -v 2>&1 | sed -n 's/^ *Running `\(.*\)`$/\1/p' | tail -1)
}

# Rewrites generated sources (`expansion FILE` in place, or `attributes SOURCE EXPANDED` to
# stdout).
read -r -d '' tidy <<'PY' || true
import re, sys


def skip(text, start, open_, close):
    """The index after the bracket that closes the one at `start`, strings skipped."""
    depth, i = 0, start
    while True:
        c = text[i]
        if c == '"':
            i += 1
            while text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def enum_end(text):
    """The index after the enum's closing brace."""
    return skip(text, text.index("{", text.index("pub enum ApiError")), "{", "}")


def expansion(path):
    # What only the compiler may write goes: the prelude's import, the derive helpers' attributes
    # (left on the enum, now with no derive to own them), and `Debug`'s expansion, which calls
    # unstable helpers; `#[derive(Debug)]` goes back on the enum.
    text = open(path).read()
    text = text.replace("#![feature(prelude_import)]\n", "").replace("#[prelude_import]\n", "")
    text = text.replace("extern crate std;\n", "").replace("use std::prelude::rust_2021::*;\n", "")
    text = text.replace("#![deny(warnings)]\n", "")
    pieces, i = [], 0
    for found in re.finditer(r"#\[(status|error|source|from)\b", text):
        if found.start() < i:
            continue
        pieces.append(text[i:found.start()])
        i = skip(text, found.start() + 1, "[", "]")
    pieces.append(text[i:])
    text = "".join(pieces)
    debug = text.find("#[automatically_derived]\nimpl ::core::fmt::Debug for ApiError {")
    if debug >= 0:
        end = skip(text, text.index("{", debug), "{", "}")
        text = text[:debug] + text[end:]
        text = text.replace("pub enum ApiError", "#[derive(Debug)]\npub enum ApiError", 1)
    open(path, "w").write(text)


def attributes(source, expanded):
    """The enum of `source` under the derive that writes nothing, then the items of `expanded`."""
    text = open(source).read().replace("#![deny(warnings)]\n", "")
    text = re.sub(r"#\[derive\(Debug\b[^)]*\)\]", "#[derive(Debug, macro_cost_noop::Noop)]", text, count=1)
    items = open(expanded).read()
    print(text[: enum_end(text)] + items[enum_end(items) :], end="")


if sys.argv[1] == "expansion":
    expansion(sys.argv[2])
else:
    attributes(sys.argv[2], sys.argv[3])
PY

# The expansion of crate `$1` as the source of crate `x$1`, which has the same dependencies.
expand() {
  local dir="$out/$1" copy="$out/x$1" command
  command="$(command_of "$dir")"
  command="${command/--error-format=json/}"
  command="${command/--json=diagnostic-rendered-ansi,artifacts,future-incompat/}"
  mkdir -p "$copy/src"
  sed "s/^name = \"macro-cost-$1\"/name = \"macro-cost-x$1\"/" "$dir/Cargo.toml" > "$copy/Cargo.toml"
  cp "$dir/Cargo.lock" "$copy/"
  (cd "$dir" && eval "RUSTC_BOOTSTRAP=1 $command -Zunpretty=expanded") > "$copy/src/lib.rs"
  python3 -c "$tidy" expansion "$copy/src/lib.rs"
  (cd "$copy" && cargo check -q 2>/dev/null) || { echo "the expansion of $1 does not compile" >&2; exit 1; }
}

# A derive that writes nothing, declaring both derives' helper attributes, in crate `noop`.
noop() {
  local dir="$out/noop"
  mkdir -p "$dir/src"
  cat > "$dir/Cargo.toml" <<'TOML'
[package]
name = "macro-cost-noop"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
proc-macro = true

[workspace]
TOML
  cat > "$dir/src/lib.rs" <<'RUST'
//! Generated by scripts/expansion-cost.sh: a derive that writes nothing.
use proc_macro::TokenStream;

#[proc_macro_derive(Noop, attributes(status, error, source, from))]
pub fn noop(_: TokenStream) -> TokenStream {
    TokenStream::new()
}
RUST
}

# Crates `a$1` and `n$1`: the items of crate `x$1`, and the enum under the derive that writes
# nothing, as crate `$1` writes it (its attributes owned by that derive) and as `x$1` does (with
# none), so that the derive's own loading and run are counted apart from the attributes.
with_attributes() {
  local copy
  for copy in "$out/a$1" "$out/n$1"; do
    mkdir -p "$copy/src"
    sed -e "s/^name = \"macro-cost-$1\"/name = \"macro-cost-$(basename "$copy")\"/" \
      -e "/^\[dependencies\]\$/a macro-cost-noop = { path = \"$out/noop\" }" \
      "$out/$1/Cargo.toml" > "$copy/Cargo.toml"
    cp "$out/$1/Cargo.lock" "$copy/"
  done
  python3 -c "$tidy" attributes "$out/$1/src/lib.rs" "$out/x$1/src/lib.rs" > "$out/a$1/src/lib.rs"
  python3 -c "$tidy" attributes "$out/x$1/src/lib.rs" "$out/x$1/src/lib.rs" > "$out/n$1/src/lib.rs"
  for copy in "$out/a$1" "$out/n$1"; do
    (cd "$copy" && cargo check -q 2>/dev/null) || { echo "$copy does not compile" >&2; exit 1; }
  done
}

# Millions of instructions of checking the crate in `$1`.
instructions() {
  local command
  command="$(command_of "$1")"
  (cd "$1" && eval "valgrind --tool=callgrind --callgrind-out-file=/dev/null $command" 2>&1 >/dev/null) |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | awk '{ printf "%.1f", $1 / 1e6 }'
}

noop
for config in status thiserror; do
  expand "$config"
  with_attributes "$config"
done
bare="$(instructions "$out/none")"
declare -A whole expansion attributes noop
for config in status thiserror; do
  whole[$config]="$(instructions "$out/$config")"
  expansion[$config]="$(instructions "$out/x$config")"
  attributes[$config]="$(instructions "$out/a$config")"
  noop[$config]="$(instructions "$out/n$config")"
done

minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a - b }'; }
echo "checking the $size-variant $shape enum, millions of instructions (callgrind; rustc $(rustc --version | cut -d' ' -f2)); bare enum: $bare"
echo
echo "| derive | the expansion's check, over the bare enum | the derive's run | of which its attributes | and its run proper | whole check |"
echo "|---|---:|---:|---:|---:|---:|"
for config in status thiserror; do
  name="HttpStatusError"
  [ "$config" = thiserror ] && name="thiserror"
  echo "| $name | $(minus "${expansion[$config]}" "$bare") | $(minus "${whole[$config]}" "${expansion[$config]}") |" \
    "$(minus "${attributes[$config]}" "${noop[$config]}") |" \
    "$(minus "$(minus "${whole[$config]}" "${attributes[$config]}")" "$(minus "${expansion[$config]}" "${noop[$config]}")") |" \
    "${whole[$config]} |"
done
