// Gradient descent on f(u, v) = (u*v - 1)^2 / 2, printing the trajectory.
var u = 0.5
var v = 1.5
let rate = 0.1
for step in 0..<200 {
    let r = u * v - 1
    let gu = r * v
    let gv = r * u
    u -= rate * gu
    v -= rate * gv
    if step % 20 == 0 {
        print(step, u, v, 0.5 * r * r)
    }
}
print("final", u, v, u * v)
func minimize(_ f: (Double) -> Double, _ df: (Double) -> Double, from x0: Double, rate: Double, steps: Int) -> (x: Double, fx: Double) {
    var x = x0
    for _ in 0..<steps { x -= rate * df(x) }
    return (x, f(x))
}
print(minimize({ ($0 - 3) * ($0 - 3) }, { 2 * ($0 - 3) }, from: 0, rate: 0.1, steps: 50))
print(minimize({ $0 * $0 * $0 * $0 }, { 4 * $0 * $0 * $0 }, from: 1, rate: 0.05, steps: 100))
var x = 1.0
for _ in 0..<6 { x = x - (x * x - 2) / (2 * x); print(x) }
