# The loop of loop.md in CPython: gradient descent on (uv - 1)^2 / 2, 2 million steps.
u = 0.5
v = 1.5
rate = 0.01
for _ in range(2_000_000):
    r = u * v - 1
    gu = r * v
    gv = r * u
    u -= rate * gu
    v -= rate * gv
print(u, v, u * v)
