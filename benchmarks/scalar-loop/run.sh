#!/usr/bin/env bash
# Times the scalar gradient-descent loop under `nb run loop.md` and under CPython
# (`python3 loop.py`) in one go, RUNS times each, interleaved, and prints the medians
# and the ratio. The two programs do the same IEEE operations in the same order, so
# their printed results must agree; the script checks that too.
#
# usage: benchmarks/scalar-loop/run.sh [NB_BINARY] [RUNS]
#   NB_BINARY defaults to .build/release/nb of this package
#   (build it with: swift build -c release --product nb); RUNS defaults to 5.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
nb="${1:-$root/.build/release/nb}"
runs="${2:-5}"
python="${PYTHON:-python3}"

if [[ ! -x "$nb" ]]; then
    echo "no nb executable at $nb (build with: swift build -c release --product nb)" >&2
    exit 2
fi
command -v "$python" >/dev/null || { echo "no $python on PATH" >&2; exit 2; }

# Seconds (with nanosecond resolution) that one command takes; its stdout goes to $2.
time_one() {
    local out="$1"; shift
    local start end
    start=$(date +%s%N)
    "$@" >"$out"
    end=$(date +%s%N)
    awk -v ns="$((end - start))" 'BEGIN { printf "%.4f\n", ns / 1e9 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# nb runs BLAS on one thread; without this, OpenBLAS's idle workers spin at start-up.
export OPENBLAS_NUM_THREADS=1
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
nb_times=()
py_times=()
for ((i = 1; i <= runs; i++)); do
    nb_times+=("$(time_one "$scratch/nb.out" "$nb" run "$here/loop.md")")
    py_times+=("$(time_one "$scratch/py.out" "$python" "$here/loop.py")")
done

nb_result="$(cat "$scratch/nb.out")"
py_result="$(cat "$scratch/py.out")"
nb_median="$(printf '%s\n' "${nb_times[@]}" | median)"
py_median="$(printf '%s\n' "${py_times[@]}" | median)"

echo "scalar loop, 2,000,000 gradient-descent steps on (uv - 1)^2 / 2, $runs runs each"
echo "  nb run loop.md    : median ${nb_median} s  (runs: ${nb_times[*]})"
echo "  python3 loop.py   : median ${py_median} s  (runs: ${py_times[*]})"
awk -v nb="$nb_median" -v py="$py_median" 'BEGIN {
    ratio = py / nb
    printf "  ratio CPython / nb: %.2fx (target: nb at least 5x faster) -> %s\n", ratio, (ratio >= 5 ? "met" : "NOT met")
}'
echo "  nb prints     : $nb_result"
echo "  python prints : $py_result"
if [[ "$nb_result" != "$py_result" ]]; then
    echo "  the results differ: the two loops did not compute the same thing" >&2
    exit 1
fi
