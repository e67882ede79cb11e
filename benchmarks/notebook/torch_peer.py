"""The notebook benchmarks in PyTorch on the CPU, in float64, with the gradients from
autograd where the notebook uses autodiff (relu, flow) and written out where it does
(factorization), as a PyTorch user would write them.

usage: python torch_peer.py WORKLOAD DATA_DIR
Prints the loop's CPU time in seconds (process time), then the results the notebook prints.
"""
import sys
import time
from pathlib import Path

import numpy as np
import torch

from dormand_prince import integrate

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)
workload, data = sys.argv[1], Path(sys.argv[2])


def load(name):
    return torch.from_numpy(np.atleast_2d(np.loadtxt(data / f"{name}.csv", delimiter=",")))


def factorization():
    M, U0, V0 = load("mf_M"), load("mf_U0"), load("mf_V0")
    eta, lam, steps = 0.01, 1.0, 10_000
    start = time.process_time()
    U, V, Ur, Vr = U0.clone(), V0.clone(), U0.clone(), V0.clone()
    plain, regularized, ratio_plain, ratio_regularized = [], [], [], []
    for _ in range(steps + 1):
        R = U @ V.T - M
        plain.append(0.5 * torch.sum(R * R).item())
        ratio_plain.append((torch.linalg.norm(U) / torch.linalg.norm(V)).item())
        gU = R @ V
        gV = R.T @ U
        U = U - eta * gU
        V = V - eta * gV

        Rr = Ur @ Vr.T - M
        D = Ur.T @ Ur - Vr.T @ Vr
        regularized.append((0.5 * torch.sum(Rr * Rr) + lam / 4 * torch.sum(D * D)).item())
        ratio_regularized.append((torch.linalg.norm(Ur) / torch.linalg.norm(Vr)).item())
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
        w1, w2, w3 = (W.requires_grad_() for W in (W1, W2, W3))
        loss = 0.5 * torch.sum((w3 @ torch.relu(w2 @ torch.relu(w1 @ X)) - Y) ** 2) / n
        g1, g2, g3 = torch.autograd.grad(loss, (w1, w2, w3))
        with torch.no_grad():
            W1 = W1 - eta * g1
            W2 = W2 - eta * g2
            W3 = W3 - eta * g3
    seconds = time.process_time() - start
    with torch.no_grad():
        loss = 0.5 * torch.sum((W3 @ torch.relu(W2 @ torch.relu(W1 @ X)) - Y) ** 2) / n
        return seconds, [loss.item(), torch.sum(W1 * W1).item(), torch.sum(W3 * W3).item()]


def flow():
    M, U0, V0 = load("flow_M"), load("flow_U0"), load("flow_V0")
    (m1, r), (m2, _) = U0.shape, V0.shape

    def field(y):
        U = torch.from_numpy(y[:m1 * r].reshape(m1, r)).requires_grad_()
        V = torch.from_numpy(y[m1 * r:].reshape(m2, r)).requires_grad_()
        loss = 0.5 * torch.sum((U @ V.T - M) ** 2)
        gU, gV = torch.autograd.grad(loss, (U, V))
        return -np.concatenate([gU.numpy().ravel(), gV.numpy().ravel()]), loss.item()

    start = time.process_time()
    times, _, losses = integrate(field, np.concatenate([U0.numpy().ravel(), V0.numpy().ravel()]), 10.0, 1e-10, 1e-12)
    seconds = time.process_time() - start
    return seconds, [len(times) - 1, losses[-1]]


seconds, results = globals()[workload]()
print(f"{seconds:.6f}", *(repr(float(x)) for x in results))
