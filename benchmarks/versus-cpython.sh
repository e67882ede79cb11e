#!/usr/bin/env bash
# Times one notebook under `nb run` against the same program under CPython, RUNS times
# each, interleaved, and prints the medians and the ratio. The two must print the same
# thing; the script checks that too.
#
# The times are CPU time (user + system) of the whole process, less each side's start-up:
# an empty notebook's `nb run` for nb, `python3 -c pass` for CPython, each measured in the
# same round. On a shared, loaded machine wall time says more about the other tenants than
# about either program, and start-up (about 0.1 s of CPU for CPython here, a little less for
# nb) would otherwise swamp a workload of a few hundredths of a second: with it included,
# fib(27) once looked like parity when the work itself ran at a third of CPython's speed.
# `nb run --no-cache`: a cached result would time nothing. `benchmarks/notebook/run.py`
# measures the same way (CPython's side timed in-process).
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

exec "$python" - "$nb" "$notebook" "$program" "$runs" <<'PYTHON'
import filecmp, os, resource, statistics, subprocess, sys, tempfile
nb, notebook, program, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
python = os.environ.get("PYTHON", "python3")
scratch = tempfile.mkdtemp()
empty = os.path.join(scratch, "empty.md")
with open(empty, "w") as f:
    f.write("```swift\nprint(0)\n```\n")

def cpu(command, out):
    """CPU seconds (user + system) of `command` run to its end; its stdout goes to `out`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w") as f:
        subprocess.run(command, stdout=f, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

nb_out, py_out, null = (os.path.join(scratch, n) for n in ("nb.out", "py.out", "null.out"))
times = {key: [] for key in ("nb", "nb start", "py", "py start")}
for _ in range(runs):
    times["nb"].append(cpu([nb, "run", "--no-cache", notebook], nb_out))
    times["nb start"].append(cpu([nb, "run", "--no-cache", empty], null))
    times["py"].append(cpu([python, program], py_out))
    times["py start"].append(cpu([python, "-c", "pass"], null))

median = {key: statistics.median(values) for key, values in times.items()}
nb_work = median["nb"] - median["nb start"]
py_work = median["py"] - median["py start"]
name = lambda path: os.path.basename(path)
print(f"  nb run {name(notebook)}: {nb_work:.4f} s  (whole process {median['nb']:.4f} s, start-up {median['nb start']:.4f} s)")
print(f"  {python} {name(program)}: {py_work:.4f} s  (whole process {median['py']:.4f} s, start-up {median['py start']:.4f} s)")
print(f"  ratio CPython / nb, start-up excluded: {py_work / nb_work:.2f}x  (whole processes: {median['py'] / median['nb']:.2f}x)")
print(f"  CPU seconds, medians of {runs} interleaved runs")
if not filecmp.cmp(nb_out, py_out, shallow=False):
    print("  the outputs differ: the two programs did not compute the same thing", file=sys.stderr)
    sys.exit(1)
print("  both print: " + open(nb_out).read()[:200].replace("\n", " "))
PYTHON
