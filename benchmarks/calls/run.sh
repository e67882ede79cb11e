#!/usr/bin/env bash
# fib(27) under `nb run` and under CPython: medians and ratio (versus-cpython.sh).
# usage: benchmarks/calls/run.sh [NB_BINARY] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
echo "function calls: recursive fib(27), ${2:-5} runs each"
"$here/../versus-cpython.sh" "$here/fib.md" "$here/fib.py" "${2:-5}" ${1:+"$1"}
