"""Du, Hu & Lee (2018) Fig. 1, unregularized: gradient descent on
f(U, V) = ½‖UVᵀ − M*‖²_F, recording the objective and ‖U‖_F/‖V‖_F at every step.
The same operations as main.swift, in numpy.

usage: python factorization.py DATA_DIR RUNS
Prints one line per run: CPU seconds for the loop (process time: steadier than wall
time on a shared machine; BLAS runs single-threaded), the objective after 1,000 steps
(before it reaches rounding level), the final ratio.
"""
import sys
import time
from pathlib import Path

import numpy as np

d1, d2, r, steps, eta = 50, 200, 5, 10_000, 0.05
data = Path(sys.argv[1])
runs = int(sys.argv[2])
M = np.fromfile(data / "M.f64", dtype="<f8").reshape(d1, d2)
U0 = np.fromfile(data / "U0.f64", dtype="<f8").reshape(d1, r)
V0 = np.fromfile(data / "V0.f64", dtype="<f8").reshape(d2, r)

try:
    from threadpoolctl import threadpool_info
    for pool in threadpool_info():
        if pool.get("internal_api") == "openblas":
            print(f"# numpy OpenBLAS {pool.get('version')} kernel {pool.get('architecture')} "
                  f"threads {pool.get('num_threads')}", file=sys.stderr)
except ImportError:
    pass


def factorize(U, V):
    objective = np.empty(steps)
    ratio = np.empty(steps)
    for k in range(steps):
        R = U @ V.T - M
        objective[k] = 0.5 * np.sum(R * R)
        ratio[k] = np.linalg.norm(U) / np.linalg.norm(V)
        gU = R @ V
        gV = R.T @ U
        U -= eta * gU
        V -= eta * gV
    return objective, ratio


for _ in range(runs):
    U, V = U0.copy(), V0.copy()
    start = time.process_time()
    objective, ratio = factorize(U, V)
    seconds = time.process_time() - start
    print(f"{seconds:.6f} {float(objective[999])!r} {float(ratio[-1])!r}")
