#!/usr/bin/env bash
# The Du et al. (2018) Fig. 1 matrix-factorization loop (d1 = 50, d2 = 200, r = 5,
# 10,000 gradient-descent steps, objective and norm ratio recorded every step) timed
# against Linalg (compiled with swiftc -O, as a notebook's compiled twin would be),
# against Linalg + Autodiff gradients, and against numpy, on the same input data.
# Reports the median loop time of RUNS runs each and the ratios, and checks that the
# final objectives agree.
#
# usage: benchmarks/factorization/run.sh [RUNS]     (RUNS defaults to 5)
#
# Both sides use one BLAS thread (OPENBLAS_NUM_THREADS=1): the machine is shared and
# these products are far below OpenBLAS's threading threshold anyway. numpy runs with
# OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE unset (its own, current OpenBLAS picks its kernel;
# the kernel is printed); the Swift side keeps the environment as it is.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-5}"
venv="$root/benchmarks/.venv"
build="$root/benchmarks/out/factorization"
mkdir -p "$build"

if [[ ! -x "$venv/bin/python" ]]; then python3 -m venv "$venv"; fi
"$venv/bin/pip" install --quiet --disable-pip-version-check numpy threadpoolctl

echo "building Linalg, Autodiff and the benchmark with swiftc -O ..." >&2
swiftc -O -wmo -parse-as-library -module-name Linalg -emit-module -emit-module-path "$build/Linalg.swiftmodule" \
    -emit-library -static -o "$build/libLinalg.a" -I "$root/Sources/CLapack" "$root"/Sources/Linalg/*.swift
swiftc -O -wmo -parse-as-library -module-name Autodiff -emit-module -emit-module-path "$build/Autodiff.swiftmodule" \
    -emit-library -static -o "$build/libAutodiff.a" -I "$build" -I "$root/Sources/CLapack" "$root"/Sources/Autodiff/*.swift
swiftc -O -I "$build" -I "$root/Sources/CLapack" "$here/main.swift" -L "$build" -lAutodiff -lLinalg \
    -lopenblas -llapacke -o "$build/factorization"

"$venv/bin/python" "$here/make_data.py" "$build/data"

# Interleaved rounds (Swift, Swift + Autodiff, numpy), one loop per process, so that a
# change in the machine's load hits all three alike.
export OPENBLAS_NUM_THREADS=1
swift_out="" autodiff_out="" numpy_out=""
for ((i = 1; i <= runs; i++)); do
    swift_out+="$("$build/factorization" "$build/data" 1)"$'\n'
    autodiff_out+="$("$build/factorization" "$build/data" 1 autodiff)"$'\n'
    numpy_out+="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$venv/bin/python" "$here/factorization.py" "$build/data" 1 \
        2>"$build/numpy-kernel.txt")"$'\n'
done
cat "$build/numpy-kernel.txt" >&2

median() { grep . | cut -d' ' -f1 | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
swift_median="$(median <<<"$swift_out")"
autodiff_median="$(median <<<"$autodiff_out")"
numpy_median="$(median <<<"$numpy_out")"

"$venv/bin/python" - "$swift_out" "$autodiff_out" "$numpy_out" <<'PY'
import sys
finals = [tuple(map(float, out.strip().splitlines()[-1].split()[1:])) for out in sys.argv[1:]]
reference = finals[2]
for name, (objective, ratio) in zip(["Linalg", "Linalg+Autodiff"], finals[:2]):
    rel = abs(objective - reference[0]) / abs(reference[0])
    print(f"objective after 1,000 steps, {name}: {objective:.12e}  numpy: {reference[0]:.12e}  relative difference {rel:.1e}")
    if rel > 1e-8 or abs(ratio - reference[1]) > 1e-8 * abs(reference[1]):
        sys.exit(f"{name} disagrees with numpy")
PY
awk -v s="$swift_median" -v a="$autodiff_median" -v n="$numpy_median" -v runs="$runs" 'BEGIN {
    printf "median CPU time of %d interleaved runs, 10,000 steps each:\n", runs
    printf "  Linalg (swiftc -O)       %8.4f s  %6.2f us/step\n", s, s * 1e2
    printf "  Linalg + Autodiff        %8.4f s  %6.2f us/step\n", a, a * 1e2
    printf "  numpy                    %8.4f s  %6.2f us/step\n", n, n * 1e2
    printf "  numpy / Linalg           %8.2fx\n", n / s
    printf "  numpy / Linalg+Autodiff  %8.2fx\n", n / a
}'
