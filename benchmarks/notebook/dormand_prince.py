"""Dormand-Prince 5(4) with Hairer's initial step and step control, the algorithm of
Sources/Autodiff/DormandPrince.swift step for step (the same accepted and rejected
steps, the same dense-output coefficients kept per step), on a flat numpy vector.
`field(y)` returns (dy/dt, loss at y). Shared by the numpy and PyTorch peers."""
import numpy as np

c = [0, 1 / 5, 3 / 10, 4 / 5, 8 / 9, 1, 1]
a = [[], [1 / 5], [3 / 40, 9 / 40], [44 / 45, -56 / 15, 32 / 9],
     [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
     [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
     [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84]]
e = [-71 / 57600, 0, 71 / 16695, -71 / 1920, 17253 / 339200, -22 / 525, 1 / 40]
p = [[1, -8048581381 / 2820520608, 8663915743 / 2820520608, -12715105075 / 11282082432],
     [0, 0, 0, 0],
     [0, 131558114200 / 32700410799, -68118460800 / 10900136933, 87487479700 / 32700410799],
     [0, -1754552775 / 470086768, 14199869525 / 1410260304, -10690763975 / 1880347072],
     [0, 127303824393 / 49829197408, -318862633887 / 49829197408, 701980252875 / 199316789632],
     [0, -282668133 / 205662961, 2019193451 / 616988883, -1453857185 / 822651844],
     [0, 40617522 / 29380423, -110615467 / 29380423, 69997945 / 29380423]]


def integrate(field, y, t_end, rtol, atol):
    t = 0.0
    n = y.size
    k1, value = field(y)
    times, states, losses, pieces = [t], [y.copy()], [value], []

    def scaled_norm(v, y, y_new=None):
        scale = atol + rtol * np.maximum(np.abs(y), np.abs(y if y_new is None else y_new))
        return float(np.sqrt(np.sum((v / scale) ** 2) / n))

    d0, d1 = scaled_norm(y, y), scaled_norm(k1, y)
    h0 = 1e-6 if d0 < 1e-5 or d1 < 1e-5 else 0.01 * d0 / d1
    f1, _ = field(y + h0 * k1)
    d2 = scaled_norm((f1 - k1) / h0, y)
    h1 = max(1e-6, h0 * 1e-3) if max(d1, d2) <= 1e-15 else (0.01 / max(d1, d2)) ** 0.2
    h = min(100 * h0, h1, abs(t_end))
    just_rejected = False
    while t < t_end:
        last = t + h >= t_end
        if last:
            h = t_end - t
        k = [k1]
        for stage in range(1, 7):
            ys = y.copy()
            for j, weight in enumerate(a[stage]):
                if weight != 0:
                    ys += h * weight * k[j]
            derivative, v = field(ys)
            k.append(derivative)
            if stage == 6:
                y_new, stage_value = ys, v
        error = np.zeros(n)
        for j, weight in enumerate(e):
            if weight != 0:
                error += h * weight * k[j]
        err = scaled_norm(error, y, y_new)
        if not np.isfinite(err) or not np.all(np.isfinite(y_new)):
            err = float("inf")
        if err <= 1:
            coefficients = np.zeros((4, n))
            for m in range(4):
                for stage in range(7):
                    if p[stage][m] != 0:
                        coefficients[m] += h * p[stage][m] * k[stage]
            pieces.append((t, h, y, coefficients))
            t = t_end if last else t + h
            y = y_new
            k1 = k[6]
            times.append(t)
            states.append(y.copy())
            losses.append(stage_value)
            factor = 5 if err == 0 else min(5, max(0.2, 0.9 * err ** -0.2))
            h *= min(1, factor) if just_rejected else factor
            just_rejected = False
        else:
            h *= max(0.2, 0.9 * err ** -0.2) if np.isfinite(err) else 0.2
            just_rejected = True
    return times, states, losses
