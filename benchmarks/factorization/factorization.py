"""Du, Hu & Lee (2018) Fig. 1, unregularized: gradient descent on
f(U, V) = ½‖UVᵀ − M*‖²_F, recording the objective and ‖U‖_F/‖V‖_F at every step.
The same operations as main.swift, in numpy.

usage: python factorization.py DATA_DIR RUNS
Prints one line per run: seconds for the loop, the final objective, the final ratio.
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
    start = time.perf_counter()
    objective, ratio = factorize(U, V)
    seconds = time.perf_counter() - start
    print(f"{seconds:.6f} {objective[-1]!r} {ratio[-1]!r}")
