#!/usr/bin/env python3
"""What notebooks run, timed through `nb run` against (a) the floor, the same computation
compiled with `swiftc -O` against the same OpenBLAS with preallocated buffers and
transposes as BLAS flags (floor.swift), (b) numpy (gradients by hand; plain CPython for
fib and the scalar loop) and (c) PyTorch on the CPU (autograd where the notebook uses
autodiff), in one run with interleaved rounds. Medians and ratios.

Workloads: session1's factorization cell (Du et al. Fig. 1, plain and regularized, 10,000
steps each: factorization.md), a 3-layer ReLU network trained with `gradient(at:)`
(d = 100, h = 50, n = 200, 2,000 steps: relu.md), a gradient flow integrated by
Dormand-Prince (flow.md), fib(27) and the 2,000,000-step scalar loop
(benchmarks/calls/fib.md, benchmarks/scalar-loop/loop.md), and the whole session1 render.

Every number is CPU time (user + system), which a shared, loaded machine disturbs far
less than wall time: for nb, `nb run` of the notebook less `nb run --until setup` (the
cells before the timed one, parse, check and start-up), or less an empty notebook's run
for fib and the scalar loop; each peer times the same loop in-process (process time),
so start-up (Python's imports) is outside every number. The session1 render is the
whole process. Every implementation prints its results; they must agree (relative 1e-6).

BLAS runs on one thread everywhere: OPENBLAS_NUM_THREADS=1 (and torch.set_num_threads(1)).

usage: python3 benchmarks/notebook/run.py [--rounds N] [--nb PATH] [--only a,b] [--no-torch]
PyTorch is installed into benchmarks/.venv (CPU wheel index, then PyPI); if neither is
reachable its column says so.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

here = Path(__file__).resolve().parent
root = here.parent.parent
out = root / "benchmarks" / "out" / "notebook"
venv = root / "benchmarks" / ".venv"
python = venv / "bin" / "python"

parser = argparse.ArgumentParser()
parser.add_argument("--rounds", type=int, default=5)
parser.add_argument("--nb", default=str(root / ".build" / "release" / "nb"))
parser.add_argument("--only", default="factorization,relu,flow,fib,loop,session1")
parser.add_argument("--no-torch", action="store_true")
options = parser.parse_args()
workloads = options.only.split(",")
nb = Path(options.nb).resolve()
if not nb.is_file():
    sys.exit(f"no nb at {nb} (build: swift build -c release -Xswiftc -no-whole-module-optimization --product nb)")
env = dict(os.environ, OPENBLAS_NUM_THREADS="1")


def log(text):
    print(text, file=sys.stderr, flush=True)


def pip(*arguments):
    return subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *arguments],
                          capture_output=True, text=True)


def has(module):
    return subprocess.run([str(python), "-c", f"import {module}"], capture_output=True).returncode == 0


# The peers' environment.
if not python.exists():
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
if not has("numpy"):
    pip("numpy", "threadpoolctl").check_returncode()
torch_note = None
if options.no_torch:
    torch_note = "skipped (--no-torch)"
elif not has("torch"):
    # The CPU build: from PyTorch's CPU index, else a CPU wheel pip's configured find-links
    # hold (no index), else PyPI's default build (large: it brings CUDA libraries).
    log("installing PyTorch (CPU) into benchmarks/.venv ...")
    for arguments in (["torch", "--index-url", "https://download.pytorch.org/whl/cpu",
                       "--extra-index-url", "https://pypi.org/simple"],
                      ["torch", "--no-index"],
                      ["torch"]):
        if pip(*arguments).returncode == 0 and has("torch"):
            break
    else:
        torch_note = "not installed: no PyTorch build that imports could be installed"
if torch_note is None and not has("torch"):
    torch_note = "not installed"

# The floor, the data and the notebooks.
out.mkdir(parents=True, exist_ok=True)
log("building the floor with swiftc -O ...")
subprocess.run(["swiftc", "-O", "-I", str(root / "Sources" / "CLapack"), str(here / "floor.swift"),
                "-lopenblas", "-o", str(out / "floor")], check=True, capture_output=True)
subprocess.run([str(python), str(here / "make_data.py"), str(out)], check=True)
notebooks = {name: here / f"{name}.md" for name in ("factorization", "relu", "flow")}
notebooks["fib"] = root / "benchmarks" / "calls" / "fib.md"
notebooks["loop"] = root / "benchmarks" / "scalar-loop" / "loop.md"
for name, path in notebooks.items():
    shutil.copy(path, out / f"{name}.md")

(out / "empty.md").write_text("```swift\nprint(0)\n```\n")
data = str(out / "data")


def cpu_of(command):
    """The CPU time (user + system) of `command`, a child process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.stdout


def run_nb(workload):
    if workload == "session1":
        seconds, _ = cpu_of([str(nb), "render", "--no-cache", str(root / "notebooks" / "session1.md"),
                             "-o", str(out / "session1.html")])
        return seconds, []
    # The timed cell's CPU time: the whole run less a run that stops after the setup cell
    # (parse, check, start-up and the data), or less an empty notebook's for fib and loop.
    seconds, stdout = cpu_of([str(nb), "run", "--no-cache", str(out / f"{workload}.md")])
    if workload in ("fib", "loop"):
        start, _ = cpu_of([str(nb), "run", "--no-cache", str(out / "empty.md")])
    else:
        start, _ = cpu_of([str(nb), "run", "--no-cache", "--until", "setup", str(out / f"{workload}.md")])
    return seconds - start, [float(x) for x in stdout.split()]


def run_peer(command, workload):
    result = subprocess.run(command + [workload, data], capture_output=True, text=True, env=env, cwd=here)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} {workload} failed:\n{result.stderr}")
    fields = result.stdout.split()
    return float(fields[0]), [float(x) for x in fields[1:]]


peers = {
    "nb": run_nb,
    "floor": lambda w: run_peer([str(out / "floor")], w),
    "numpy": lambda w: run_peer([str(python), str(here / "numpy_peer.py")], w),
    "torch": lambda w: run_peer([str(python), str(here / "torch_peer.py")], w),
}


def applies(peer, workload):
    if workload == "session1":
        return peer == "nb"
    if peer == "torch":
        return torch_note is None and workload in ("factorization", "relu", "flow")
    return True


times = {(w, p): [] for w in workloads for p in peers if applies(p, w)}
results = {}
for round_ in range(1, options.rounds + 1):
    log(f"round {round_}/{options.rounds}")
    for workload in workloads:
        for peer in peers:
            if applies(peer, workload):
                seconds, values = peers[peer](workload)
                times[workload, peer].append(seconds)
                results[workload, peer] = values

# The results must agree with nb's.
for (workload, peer), values in results.items():
    reference = results[workload, "nb"]
    if peer == "nb" or not reference:
        continue
    for mine, theirs in zip(values, reference):
        if abs(mine - theirs) > 1e-6 * max(abs(theirs), 1e-300) and not (workload == "flow" and abs(mine) < 1e-20):
            sys.exit(f"{workload}: {peer} gives {values}, nb {reference}")

names = {"factorization": "factorization cell (2 × 10,001 steps)", "relu": "ReLU net, gradient(at:), 2,000 steps",
         "flow": "gradient flow, Dormand–Prince", "fib": "fib(27)", "loop": "scalar loop, 2,000,000 steps",
         "session1": "session1 render (whole process)"}
print(f"medians of {options.rounds} interleaved rounds, CPU seconds; OPENBLAS_NUM_THREADS=1 for every column")
print(f"numpy column: numpy with hand-written gradients, plain CPython for fib and the scalar loop")
if torch_note:
    print(f"PyTorch column: {torch_note}")
print()
print("| workload | nb | floor (swiftc -O + OpenBLAS) | numpy / CPython | PyTorch CPU | nb / floor | numpy / nb | PyTorch / nb |")
print("|---|---|---|---|---|---|---|---|")
for workload in workloads:
    median = {p: statistics.median(times[workload, p]) for p in peers if (workload, p) in times}
    cell = lambda p: f"{median[p]:.4f} s" if p in median else "–"
    ratio = lambda a, b: f"{median[a] / median[b]:.2f}×" if a in median and b in median else "–"
    print(f"| {names[workload]} | {cell('nb')} | {cell('floor')} | {cell('numpy')} | {cell('torch')} "
          f"| {ratio('nb', 'floor')} | {ratio('numpy', 'nb')} | {ratio('torch', 'nb')} |")
