#!/usr/bin/env bash
# Independent check of the OpenAPI documents the derive's `utoipa::IntoResponses` impls build,
# by openapi-spec-validator (from PyPI) and scripts/openapi_check.py, which also checks every
# schema as JSON Schema, every $ref, and every example against its schema.
#
#   scripts/openapi.sh setup        create the virtual environment (target/openapi-venv)
#   scripts/openapi.sh              setup, then run the OpenAPI tests, which write each document
#                                   under target/openapi/ and check it
#   scripts/openapi.sh FILE...      check OpenAPI documents saved as JSON
#
# The venv's place can be changed with OPENAPI_VENV; the tests find it there too.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${OPENAPI_VENV:-$root/target/openapi-venv}"
# Pinned so that a new release's new rules change nothing until someone looks at them.
version="0.9.0"

setup() {
    if [[ -x "$venv/bin/python" ]] && "$venv/bin/python" -c "import openapi_spec_validator" 2>/dev/null \
        && [[ "$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("openapi-spec-validator"))')" == "$version" ]]; then
        return
    fi
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        "openapi-spec-validator==$version"
}

case "${1:-}" in
setup)
    setup
    echo "openapi-spec-validator $version in $venv"
    ;;
"")
    setup
    cd "$root"
    OPENAPI_VENV="$venv" STATUS_CORE_REQUIRE_OPENAPI=1 cargo test -p status-core-tests \
        --all-features --test openapi
    ;;
*)
    setup
    exec "$venv/bin/python" "$root/scripts/openapi_check.py" "$@"
    ;;
esac
