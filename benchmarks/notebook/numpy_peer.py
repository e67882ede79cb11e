"""The notebook benchmarks in numpy (gradients written by hand, as a numpy user
would) and in plain CPython (fib, the scalar loop).

usage: python numpy_peer.py WORKLOAD DATA_DIR
Prints the loop's CPU time in seconds (process time), then the results the notebook prints.
"""
import sys
import time
from pathlib import Path

import numpy as np

from dormand_prince import integrate

workload, data = sys.argv[1], Path(sys.argv[2])
benchmarks = Path(__file__).resolve().parent.parent


def load(name):
    return np.atleast_2d(np.loadtxt(data / f"{name}.csv", delimiter=","))


def factorization():
    M, U0, V0 = load("mf_M"), load("mf_U0"), load("mf_V0")
    eta, lam, steps = 0.01, 1.0, 10_000
    start = time.process_time()
    U, V, Ur, Vr = U0.copy(), V0.copy(), U0.copy(), V0.copy()
    plain, regularized, ratio_plain, ratio_regularized = [], [], [], []
    for _ in range(steps + 1):
        R = U @ V.T - M
        plain.append(0.5 * np.sum(R * R))
        ratio_plain.append(np.linalg.norm(U) / np.linalg.norm(V))
        gU = R @ V
        gV = R.T @ U
        U = U - eta * gU
        V = V - eta * gV

        Rr = Ur @ Vr.T - M
        D = Ur.T @ Ur - Vr.T @ Vr
        regularized.append(0.5 * np.sum(Rr * Rr) + lam / 4 * np.sum(D * D))
        ratio_regularized.append(np.linalg.norm(Ur) / np.linalg.norm(Vr))
        gUr = Rr @ Vr + lam * (Ur @ D)
        gVr = Rr.T @ Ur - lam * (Vr @ D)
        Ur = Ur - eta * gUr
        Vr = Vr - eta * gVr
    seconds = time.process_time() - start
    return seconds, [plain[1000], regularized[1000], ratio_plain[steps], ratio_regularized[steps]]


def relu():
    X, Y = load("relu_X"), load("relu_Y")
    W1, W2, W3 = load("relu_W1"), load("relu_W2"), load("relu_W3")
    n, eta, steps = X.shape[1], 0.05, 2_000
    start = time.process_time()
    for _ in range(steps):
        Z1 = W1 @ X
        A1 = np.maximum(Z1, 0)
        Z2 = W2 @ A1
        A2 = np.maximum(Z2, 0)
        G = (W3 @ A2 - Y) / n
        g3 = G @ A2.T
        G2 = (W3.T @ G) * (Z2 > 0)
        g2 = G2 @ A1.T
        G1 = (W2.T @ G2) * (Z1 > 0)
        g1 = G1 @ X.T
        W1 = W1 - eta * g1
        W2 = W2 - eta * g2
        W3 = W3 - eta * g3
    seconds = time.process_time() - start
    loss = 0.5 * np.sum((W3 @ np.maximum(W2 @ np.maximum(W1 @ X, 0), 0) - Y) ** 2) / n
    return seconds, [loss, np.sum(W1 * W1), np.sum(W3 * W3)]


def flow():
    M, U0, V0 = load("flow_M"), load("flow_U0"), load("flow_V0")
    (m1, r), (m2, _) = U0.shape, V0.shape

    def field(y):
        U = y[:m1 * r].reshape(m1, r)
        V = y[m1 * r:].reshape(m2, r)
        R = U @ V.T - M
        return -np.concatenate([(R @ V).ravel(), (R.T @ U).ravel()]), 0.5 * np.sum(R * R)

    start = time.process_time()
    times, _, losses = integrate(field, np.concatenate([U0.ravel(), V0.ravel()]), 10.0, 1e-10, 1e-12)
    seconds = time.process_time() - start
    return seconds, [len(times) - 1, losses[-1]]


def program(path):
    """A CPython benchmark's program (benchmarks/calls/fib.py, benchmarks/scalar-loop/loop.py)
    without its closing `print`: the same text `versus-cpython.sh` runs, so both scripts
    time the same work (module-level names, as a notebook cell's are)."""
    lines = (benchmarks / path).read_text().splitlines()
    return compile("\n".join(line for line in lines if not line.startswith("print(")), path, "exec")


def fib():
    names = {"__name__": "__main__"}
    exec(program("calls/fib.py"), names)
    start = time.process_time()
    value = names["fib"](27)
    return time.process_time() - start, [value]


def loop():
    # The loop runs at module level (global names), as loop.py and the notebook's cell do.
    code, names = program("scalar-loop/loop.py"), {"__name__": "__main__"}
    start = time.process_time()
    exec(code, names)
    seconds = time.process_time() - start
    u, v = names["u"], names["v"]
    return seconds, [u, v, u * v]


seconds, results = globals()[workload]()
print(f"{seconds:.6f}", *(repr(float(x)) for x in results))
