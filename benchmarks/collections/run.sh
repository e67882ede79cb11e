#!/usr/bin/env bash
# Array and dictionary loops under `nb run` and under CPython: medians and ratio.
# usage: benchmarks/collections/run.sh [NB_BINARY] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
echo "collections: 300,000 appends, a filtered sum, 200,000 dictionary counts, ${2:-5} runs each"
"$here/../versus-cpython.sh" "$here/histogram.md" "$here/histogram.py" "${2:-5}" ${1:+"$1"}
