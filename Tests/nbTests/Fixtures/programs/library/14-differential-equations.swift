import Foundation
import Linalg
import Autodiff

// dY/dt = KY − YK with K skew-symmetric keeps Y's eigenvalues.
let K = Matrix([[0, 1], [-1, 0]])
let Y0 = Matrix([[2, 1], [1, 3]])
let flow = solveODE(from: Y0, over: 0...2, method: .dormandPrince(rtol: 1e-10, atol: 1e-12)) { t, Y in commutator(K, Y) }
check(eigh(flow.final).values ≈ eigh(Y0).values, "an isospectral flow keeps the eigenvalues")
check(flow.final ≈ expm(2 * K) * Y0 * expm(-2 * K), "Y(t) = e^{tK} Y₀ e^{−tK}")
check(flow.state(at: 1) ≈ expm(K) * Y0 * expm(-1 * K), "dense output")
print(flow.times.first!, flow.times.last!, flow.states.count == flow.times.count)
let fixed = solveODE(from: Y0, over: 1...2, method: .rk4(step: 0.25)) { t, Y in commutator(K, Y) }
print(fixed.times)
print(fixed.sample(count: 3).times, fixed.rejectedSteps)
let pair = solveODE(from: [Matrix([[1]]), Matrix([[0]])], over: 0...1, method: .rk4(step: 0.01)) { t, y in [y[1], -1 * y[0]] }
print(pair.final.count, pair.state(at: 0.5).count, pair.sample(count: 2).states.count)
check(abs(pair.final[0].scalar - cos(1.0)) < 1e-9, "harmonic oscillator")

// Without noise, an SDE is its drift's Euler (or Heun) method: deterministic, so the
// interpreter and the native build print the same.
let euler = solveSDE(from: Matrix([[1]]), over: 0...1, step: 0.25) { t, Y in -1 * Y } noise: { t, Y, dW in 0 * dW }
print(euler.times, euler.states.map { $0.scalar })
let heun = solveSDE(from: Matrix([[1]]), over: 0...1, step: 0.25, method: .heun) { t, Y in -1 * Y } noise: { t, Y, dW in 0 * dW }
print(heun.final.scalar, heun.state(at: 0.125).scalar)
let layers = solveSDE(from: [eye(2), ones(2, 1)], over: 0...0.5, step: 0.5) { t, W in [-1 * W[0], W[1]] }
    noise: { t, W, dW in [0 * dW[0], 0 * dW[1]] }
print(layers.final)

// value(of:at:) evaluates the loss that gradient differentiates.
let X = Matrix([[1, 2], [3, 4]])
let loss = { (W: Tracked) in 0.5 * squaredNorm(W * X - eye(2)) }
print(value(of: loss, at: eye(2)), valueWithGradient(at: eye(2), of: loss).value)
print(value(of: { (A: Tracked, B: Tracked) in sum(A * B) }, at: X, X))
print(value(of: { (Ws: [Tracked]) in squaredNorm(Ws[1] * Ws[0]) }, at: [X, eye(2)]))
print(gradient(at: Matrix([[1, 2]]), Matrix([[3]])) { x, b in squaredNorm(x .+ b) }.1)
