import Linalg
import Autodiff

let X = Matrix([[1, 2, 0], [0, 1, 1]])
let Y = Matrix([[1, 0, 1]])
let W1 = Matrix([[1, 0], [0, 1], [1, 1]])
let W2 = Matrix([[1, -1, 0.5]])
let (g1, g2) = gradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * W1 * X - Y) }
print(g1.rows, g1.cols, g2.rows, g2.cols)
let R = W2 * W1 * X - Y
check(g1 ≈ W2.T * R * X.T, "∂/∂W1 = W2ᵀ R Xᵀ")
check(g2 ≈ R * (W1 * X).T, "∂/∂W2 = R (W1 X)ᵀ")
let t1 = W1 * g1.T
let t2 = g2.T * W2
check(t1 ≈ t2, "Theorem: W1 ∇₁ᵀ = ∇₂ᵀ W2 (the two derivatives balance)")
let (loss, (d1, d2)) = valueWithGradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * W1 * X - Y) }
print(loss)
print(d1 == g1, d2 == g2)
print(g2[0, 0], g2[0, 1], g2[0, 2])
