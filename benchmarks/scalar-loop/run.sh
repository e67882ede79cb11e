#!/usr/bin/env bash
# The scalar gradient-descent loop of loop.md under `nb run` and under CPython (loop.py),
# interleaved: medians and ratio (versus-cpython.sh). The issue's target: nb at least
# 5x faster.
#
# usage: benchmarks/scalar-loop/run.sh [NB_BINARY] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
echo "scalar loop, 2,000,000 gradient-descent steps on (uv - 1)^2 / 2, ${2:-5} runs each"
"$here/../versus-cpython.sh" "$here/loop.md" "$here/loop.py" "${2:-5}" ${1:+"$1"}
