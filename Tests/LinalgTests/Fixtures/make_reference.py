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
print(json.dumps(ref))
