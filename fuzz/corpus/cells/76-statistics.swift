let data: [Double] = [2.5, 3.1, 4.7, 1.2, 5.9, 3.3, 2.8, 4.1, 3.9, 2.2]
let n = Double(data.count)
let mean = data.reduce(0, +) / n
let variance = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)
let sd = variance.squareRoot()
print("n", data.count)
print("mean", mean)
print("variance", variance)
print("sd", sd)
let sorted = data.sorted()
let median = (sorted[4] + sorted[5]) / 2
print("median", median)
print("range", sorted.first!, sorted.last!, sorted.last! - sorted.first!)
let z = data.map { ($0 - mean) / sd }
print(z.map { ($0 * 1000).rounded() / 1000 })
let xs: [Double] = [1, 2, 3, 4, 5]
let ys: [Double] = [2.2, 4.1, 6.3, 7.9, 10.2]
let mx = xs.reduce(0, +) / 5, my = ys.reduce(0, +) / 5
let sxy = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
let sxx = xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
let slope = sxy / sxx
let intercept = my - slope * mx
print("fit", slope, intercept)
let residuals = zip(xs, ys).map { $1 - (slope * $0 + intercept) }
print(residuals)
print(residuals.reduce(0, +).magnitude < 1e-9)
var buckets = [0, 0, 0]
for v in data { buckets[v < 2.5 ? 0 : v < 4 ? 1 : 2] += 1 }
print(buckets)
