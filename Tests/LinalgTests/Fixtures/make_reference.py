"""Makes reference.json, the independently computed values the Linalg tests compare against.

Run from this folder with the system python3 (numpy 2.4.6, scipy 1.17.1 when made):
    python3 make_reference.py > reference.json

- Decompositions and matrix functions come from numpy.linalg / scipy.linalg (LAPACK
  through a different build, and scipy's own expm/sqrtm/polar implementations).
- The random-number expectations come from a from-scratch Python transcription of the
  reference C code of SplitMix64 and xoshiro256** (Blackman & Vigna, prng.di.unimi.it),
  64-bit FNV-1a, and Marsaglia's polar method, so they check the Swift code against an
  independent implementation of the documented algorithms. Random doubles are stored as
  Python repr strings (shortest round-trip), since JSON number parsing need not be exact.
"""
import json
import math

import numpy as np
import scipy.linalg as sla

MASK = (1 << 64) - 1

def splitmix_finalize(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)

class SplitMix64:
    def __init__(self, state):
        self.state = state & MASK
    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        return splitmix_finalize(self.state)

def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK

class Xoshiro256StarStar:
    def __init__(self, seed):
        sm = SplitMix64(seed)
        self.s = [sm.next() for _ in range(4)]
        self.spare = None
    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result
    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53
    def normal(self):
        if self.spare is not None:
            v, self.spare = self.spare, None
            return v
        while True:
            u = 2 * self.uniform() - 1
            v = 2 * self.uniform() - 1
            s = u * u + v * v
            if 0 < s < 1:
                f = math.sqrt(-2 * math.log(s) / s)
                self.spare = v * f
                return u * f

def derive(seed, key):
    h = 0xCBF29CE484222325
    for b in key.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & MASK
    return SplitMix64(seed ^ splitmix_finalize(h)).next()

A = np.array([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [-2.0, 0.5, 5.0], [0.0, 1.0, 1.0]])
B = np.array([[2.0, -1.0, 0.0, 1.0], [1.0, 3.0, 1.0, 0.0], [0.0, 1.0, 4.0, -1.0], [1.0, 0.0, 2.0, 1.0]])
S = np.array([[4.0, 1.0, 0.5], [1.0, 3.0, 0.25], [0.5, 0.25, 2.0]])
b = np.array([[1.0], [2.0], [3.0], [4.0]])
D = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0], [3.0, 2.0, 5.0]])  # rank 2

def rows(M):
    return np.atleast_2d(M).tolist()

stream42 = Xoshiro256StarStar(42)
ref = {
    "A": rows(A), "B": rows(B), "S": rows(S), "b": rows(b), "D": rows(D),
    "svd_A_values": np.linalg.svd(A, compute_uv=False).tolist(),
    "det_B": float(np.linalg.det(B)),
    "inverse_B": rows(np.linalg.inv(B)),
    "solve_B_b": rows(np.linalg.solve(B, b)),
    "eigh_S_values": np.linalg.eigh(S)[0].tolist(),
    "sqrtm_S": rows(sla.sqrtm(S).real),
    "expm_B_half": rows(sla.expm(B / 2)),
    "expm_3B": rows(sla.expm(3 * B)),
    "polar_B_P": rows(sla.polar(B, side="right")[1]),
    "polar_B_Q": rows(sla.polar(B, side="right")[0]),
    "pinv_D": rows(np.linalg.pinv(D)),
    "rank_D": int(np.linalg.matrix_rank(D)),
    "opnorm_A": float(np.linalg.norm(A, 2)),
    "random": {
        "seed0_next": [str(x) for x in (lambda g: [g.next() for _ in range(4)])(Xoshiro256StarStar(0))],
        "seed42_uniform": [repr(stream42.uniform()) for _ in range(3)],
        "seed42_normal_after_uniform": [repr(stream42.normal()) for _ in range(5)],
        "derive_42_cell1": str(derive(42, "cell-1")),
        "derive_42_empty": str(derive(42, "")),
    },
}

# Statistics (NumPy's var/std with ddof, median, quantile "linear", cov of columns,
# histogram), broadcasting, and the shape functions.
xs = [2.5, -1.0, 3.75, 0.5, 0.5, 7.0, -2.25, 1.0, 4.5]
M = np.array([[1.0, -2.0, 3.5, 0.0], [4.0, 0.5, -1.0, 2.0], [-3.0, 1.5, 2.0, 6.0],
              [0.25, 2.0, 5.0, -1.5], [2.0, -0.5, 0.0, 1.0]])
row = np.array([[10.0, 20.0, 30.0, 40.0]])
col = np.array([[1.0], [-1.0], [2.0], [0.5], [3.0]])
quantiles = [0.0, 0.1, 0.25, 0.5, 0.9, 1.0]
hist_wide = np.histogram(xs, bins=7)
hist_range = np.histogram(xs, bins=4, range=(-1.0, 3.0))
ref["statistics"] = {
    "xs": xs, "M": rows(M),
    "var_xs": float(np.var(xs, ddof=1)), "var0_xs": float(np.var(xs)),
    "std_xs": float(np.std(xs, ddof=1)), "std0_xs": float(np.std(xs)),
    "var_M": float(np.var(M, ddof=1)),
    "var_M_axis0": rows(np.var(M, axis=0, ddof=1)), "var_M_axis1": rows(np.var(M, axis=1, ddof=1)[:, None]),
    "std0_M_axis0": rows(np.std(M, axis=0)),
    "median_xs": float(np.median(xs)), "median_xs_odd": float(np.median(xs[:-1])),
    "median_M_axis0": rows(np.median(M, axis=0)), "median_M_axis1": rows(np.median(M, axis=1)[:, None]),
    "quantiles": quantiles, "quantile_xs": [float(np.quantile(xs, q)) for q in quantiles],
    "quantile_M_030": float(np.quantile(M, 0.3)), "quantile_M_075_axis0": rows(np.quantile(M, 0.75, axis=0)),
    "cov_M": rows(np.cov(M, rowvar=False)), "cov0_M": rows(np.cov(M, rowvar=False, bias=True)),
    "hist7_edges": hist_wide[1].tolist(), "hist7_counts": hist_wide[0].tolist(),
    "hist4_range_edges": hist_range[1].tolist(), "hist4_range_counts": hist_range[0].tolist(),
}
ref["broadcasting"] = {
    "row": rows(row), "col": rows(col),
    "M_plus_row": rows(M + row), "M_minus_col": rows(M - col), "M_times_row": rows(M * row),
    "M_over_col": rows(M / col), "col_plus_row": rows(col + row),
    "norm_M_axis0": rows(np.linalg.norm(M, axis=0)), "norm_M_axis1": rows(np.linalg.norm(M, axis=1)[:, None]),
}
G = D.T @ D   # 3×3, positive semidefinite of rank 2
ref["shapes"] = {
    "kron_S_b": rows(np.kron(S, b)), "kron_b_A": rows(np.kron(b.T, A)),
    "vec_A": rows(A.flatten(order="F")[:, None]),
    "reshape_vecA_3x4": rows(np.reshape(A.flatten(order="F"), (3, 4), order="F")),
    "outer_b_row": rows(np.outer(b, row)),
    "commutator_S_G": rows(S @ G - G @ S),
}
w, V = np.linalg.eigh(G)
clipped = np.where(np.abs(w) <= 3 * np.finfo(float).eps * np.abs(w).max(), 0.0, w)
ref["matrixFunctions"] = {
    "G": rows(G),
    "powm_S_third": rows(sla.fractional_matrix_power(S, 1 / 3).real),
    "powm_S_minus_half": rows(sla.fractional_matrix_power(S, -0.5).real),
    "powm_S_2_5": rows(sla.fractional_matrix_power(S, 2.5).real),
    "logm_S": rows(sla.logm(S).real),
    "powm_G_third": rows((V * np.cbrt(clipped)) @ V.T),
    "sqrtm_G": rows(sla.sqrtm(G).real),
    "funm_S_sin": rows(sla.funm(S, np.sin).real),
}
print(json.dumps(ref))
