# histogram.md's loops in CPython.
import math

xs = []
for i in range(300_000):
    xs.append(i * 0.5)
total = 0.0
for x in xs:
    if x > 10:
        total += math.sqrt(x)
counts = {}
for i in range(200_000):
    counts[i % 97] = counts.get(i % 97, 0) + 1
print(total, len(counts), counts[3])
