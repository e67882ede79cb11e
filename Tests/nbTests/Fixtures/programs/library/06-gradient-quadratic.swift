import Linalg
import Autodiff

let W = Matrix([[1, -2], [3, 0.5]])
let g = gradient(at: W) { W in 0.5 * squaredNorm(W) }
print(g.rows, g.cols)
print(g[0, 0], g[0, 1], g[1, 0], g[1, 1])
print(g == W)
let X = Matrix([[1, 0], [0, 2]])
let Y = Matrix([[1, 1], [1, 1]])
let gl = gradient(at: W) { W in 0.5 * squaredNorm(W * X - Y) }
let expected = (W * X - Y) * X.T
check(gl ≈ expected, "∇ ½‖WX − Y‖² = (WX − Y)Xᵀ")
print(gl[0, 0], gl[0, 1], gl[1, 0], gl[1, 1])
let (loss, grad) = valueWithGradient(at: W) { W in 0.5 * squaredNorm(W * X - Y) }
print(loss, grad == gl)
let d = gradient(at: 3.0) { x in x * x }
print(d)
let tr = gradient(at: W) { W in trace(W) }
print(tr == eye(2))
