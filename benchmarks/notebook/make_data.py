"""Writes the inputs shared by every implementation of the notebook benchmarks, as CSV
with 17 significant digits (so each side reads the same doubles), into OUT_DIR/data:

- factorization (Du, Hu & Lee 2018, Fig. 1): M* (50 x 200, rank 5), U0 (50 x 5), V0 (200 x 5)
- relu: X (100 x 200), Y (1 x 200), W1 (50 x 100), W2 (50 x 50), W3 (1 x 50)
- flow: M (8 x 12, rank 3), U0 (8 x 3), V0 (12 x 3), the problem of session1's fig-mf-flow

usage: python make_data.py OUT_DIR
"""
import sys
from pathlib import Path

import numpy as np

out = Path(sys.argv[1]) / "data"
out.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(2018)


def save(name, array):
    np.savetxt(out / f"{name}.csv", np.atleast_2d(array), delimiter=",", fmt="%.17g")


d1, d2, r = 50, 200, 5
save("mf_M", rng.standard_normal((d1, r)) @ rng.standard_normal((r, d2)) / np.sqrt(d1 * d2))
save("mf_U0", 1e-3 * rng.standard_normal((d1, r)))
save("mf_V0", 1e-3 * np.sqrt(d1 / d2) * rng.standard_normal((d2, r)))

d, h, n = 100, 50, 200
X = rng.standard_normal((d, n))
teacher = np.maximum(rng.standard_normal((20, d)) @ X, 0)
save("relu_X", X)
save("relu_Y", rng.standard_normal((1, 20)) @ teacher / np.sqrt(20 * d))
for name, shape in {"relu_W1": (h, d), "relu_W2": (h, h), "relu_W3": (1, h)}.items():
    W = rng.standard_normal(shape)
    save(name, W / np.linalg.norm(W))

m1, m2, mr = 8, 12, 3
save("flow_M", rng.standard_normal((m1, mr)) @ rng.standard_normal((mr, m2)) / np.sqrt(m1 * m2))
save("flow_U0", 0.3 * rng.standard_normal((m1, mr)))
save("flow_V0", 0.3 * rng.standard_normal((m2, mr)))
