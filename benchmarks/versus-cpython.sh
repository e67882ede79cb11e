#!/usr/bin/env bash
# Times one notebook under `nb run` against the same program under CPython, RUNS times
# each, interleaved, and prints the medians (wall clock, whole process) and the ratio.
# The two must print the same thing; the script checks that too.
#
# usage: benchmarks/versus-cpython.sh NOTEBOOK.md PROGRAM.py [RUNS] [NB_BINARY]
#   RUNS defaults to 5; NB_BINARY to .build/release/nb of this package
#   (the README's build: swift build -c release -Xswiftc -no-whole-module-optimization).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notebook="$1"
program="$2"
runs="${3:-5}"
nb="${4:-$root/.build/release/nb}"
python="${PYTHON:-python3}"

if [[ ! -x "$nb" ]]; then
    echo "no nb executable at $nb (build with: swift build -c release -Xswiftc -no-whole-module-optimization --product nb)" >&2
    exit 2
fi
command -v "$python" >/dev/null || { echo "no $python on PATH" >&2; exit 2; }
# nb runs BLAS on one thread; without this, OpenBLAS's idle workers spin at start-up.
export OPENBLAS_NUM_THREADS=1

# Seconds (with nanosecond resolution) that one command takes; its stdout goes to $1.
time_one() {
    local out="$1"; shift
    local start end
    start=$(date +%s%N)
    "$@" >"$out"
    end=$(date +%s%N)
    awk -v ns="$((end - start))" 'BEGIN { printf "%.4f\n", ns / 1e9 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
nb_times=()
py_times=()
for ((i = 1; i <= runs; i++)); do
    nb_times+=("$(time_one "$scratch/nb.out" "$nb" run "$notebook")")
    py_times+=("$(time_one "$scratch/py.out" "$python" "$program")")
done

nb_median="$(printf '%s\n' "${nb_times[@]}" | median)"
py_median="$(printf '%s\n' "${py_times[@]}" | median)"
echo "  nb run $(basename "$notebook"): median ${nb_median} s  (runs: ${nb_times[*]})"
echo "  python3 $(basename "$program"): median ${py_median} s  (runs: ${py_times[*]})"
awk -v nb="$nb_median" -v py="$py_median" 'BEGIN { printf "  ratio CPython / nb: %.2fx\n", py / nb }'
if ! cmp -s "$scratch/nb.out" "$scratch/py.out"; then
    echo "  the outputs differ: the two programs did not compute the same thing" >&2
    diff "$scratch/nb.out" "$scratch/py.out" >&2 || true
    exit 1
fi
echo "  both print: $(head -c 200 "$scratch/nb.out" | tr '\n' ' ')"
