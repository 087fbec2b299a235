#!/usr/bin/env bash
# Independent conformance check of the error responses the framework servers send, by httplint
# (the HTTP linter of the REDbot project, https://github.com/mnot/httplint, from PyPI).
#
#   scripts/httplint.sh setup        create the virtual environment (target/httplint-venv)
#   scripts/httplint.sh              setup, then run the real-server tests, which capture the raw
#                                    bytes of every response and lint them (fail on BAD)
#   scripts/httplint.sh FILE...      lint raw HTTP/1.1 responses saved in files; a file whose
#                                    name starts with HEAD- answers a HEAD request
#
# The venv's place can be changed with HTTPLINT_VENV; the tests find it there too. The
# documented false positives are in scripts/httplint_check.py.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${HTTPLINT_VENV:-$root/target/httplint-venv}"
# Pinned so that a new release's new notes change nothing until someone looks at them.
version="2026.10.4"

setup() {
    if [[ -x "$venv/bin/python" ]] && "$venv/bin/python" -c "import httplint" 2>/dev/null \
        && [[ "$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("httplint"))')" == "$version" ]]; then
        return
    fi
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "httplint==$version"
}

case "${1:-}" in
setup)
    setup
    echo "httplint $version in $venv"
    ;;
"")
    setup
    cd "$root"
    HTTPLINT_VENV="$venv" STATUS_CORE_REQUIRE_HTTPLINT=1 cargo test -p status-core-tests \
        --all-features --test server_axum --test server_actix --test server_poem --test server_hyper
    ;;
*)
    setup
    exec "$venv/bin/python" "$root/scripts/httplint_check.py" "$@"
    ;;
esac
