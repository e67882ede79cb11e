"""Makes ode.json, SciPy's solution of an ODE that the solveODE tests compare against.

Run from this folder with the system python3 (scipy 1.17.1 when made):
    python3 make_ode.py > ode.json

The Van der Pol oscillator (mu = 1) from y(0) = (2, 0), integrated by SciPy's DOP853
(an 8th-order method, independent of the Dormand-Prince 5(4) under test) at tolerance
1e-13, at a few times of its limit cycle.
"""
import json

from scipy.integrate import solve_ivp


def van_der_pol(t, y, mu=1.0):
    return [y[1], mu * (1 - y[0] ** 2) * y[1] - y[0]]


times = [0.5, 1.0, 2.5, 4.0, 5.0]
solution = solve_ivp(van_der_pol, (0.0, 5.0), [2.0, 0.0], method="DOP853", rtol=1e-13, atol=1e-13, t_eval=times)
print(json.dumps({"vdp_times": times, "vdp_states": solution.y.T.tolist()}))
