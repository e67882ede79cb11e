"""Writes the benchmark's inputs, shared by the Swift and numpy runs so that their
results can be compared: M* = U* V*ᵀ (d1 × d2, rank r, spectral norm ~1) and a small
Gaussian initialization U0 (d1 × r), V0 (d2 × r), as raw little-endian float64, row-major.

usage: python make_data.py OUT_DIR
"""
import sys
from pathlib import Path

import numpy as np

d1, d2, r = 50, 200, 5
rng = np.random.default_rng(2018)
U_star = rng.standard_normal((d1, r)) / np.sqrt(d1)
V_star = rng.standard_normal((d2, r)) / np.sqrt(d2)
M = U_star @ V_star.T
U0 = 0.1 * rng.standard_normal((d1, r))
V0 = 0.1 * rng.standard_normal((d2, r))
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for name, array in {"M": M, "U0": U0, "V0": V0}.items():
    array.astype("<f8").tofile(out / f"{name}.f64")
