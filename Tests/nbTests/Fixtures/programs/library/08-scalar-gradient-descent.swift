import Linalg
import Autodiff

// Gradient descent on f(u, v) = (uv − 1)² / 2 with gradients from Autodiff.
var u = 0.5
var v = 1.5
for step in 0..<100 {
    let (gu, gv) = gradient(at: u, v) { u, v in 0.5 * (u * v - 1) * (u * v - 1) }
    check(gu ≈ (u * v - 1) * v || gu == 0, "∂f/∂u at step \(step)")
    u -= 0.1 * gu
    v -= 0.1 * gv
}
print((u * v * 1e6).rounded() / 1e6)
print(u > 0, v > 0)
let (value, (du, dv)) = valueWithGradient(at: 2.0, 3.0) { x, y in x * y + x }
print(value, du, dv)
let slope = gradient(at: 1.5) { x in 4 * x * x * x }
print(slope)
