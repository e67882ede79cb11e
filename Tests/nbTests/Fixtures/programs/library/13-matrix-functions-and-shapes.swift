import Foundation
import Linalg

let S = Matrix([[4, 1, 0.5], [1, 3, 0.25], [0.5, 0.25, 2]])
let third = powm(S, 1.0 / 3)
check(third * third * third ≈ S, "(S^(1/3))³ = S")
check(powm(S, -0.5) ≈ inverse(sqrtm(S)), "S^(-1/2) = (√S)⁻¹")
check(expm(logm(S)) ≈ S, "exp(log S) = S")
check(funm(S) { λ in exp(λ) } ≈ expm(S), "funm with exp is expm")
check(powm(Matrix([[1, 2], [2, 1]]), 2) ≈ Matrix([[5, 4], [4, 5]]), "integer powers of an indefinite matrix")
let D = Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
let G = D.T * D
print(rank(G), rank(powm(G, 1.0 / 3)))
check(powm(G, 1.0 / 3) * powm(G, 1.0 / 3) * powm(G, 1.0 / 3) ≈ G, "cube root of a singular PSD matrix")

let A = Matrix([[1, 2], [3, 4]])
let B = Matrix([[0, 1], [1, 0], [2, 2]])
print(kron(A, B))
print(vec(A))
print(reshape(vec(A), 1, 4), reshape(vector([1, 2, 3, 4, 5, 6]), 2, 3))
check(reshape(vec(B), 3, 2) == B, "reshape undoes vec")
let X = Matrix([[1, 0, 2], [0, 1, 1]])
check(vec(A * X * B) ≈ kron(B.T, A) * vec(X), "vec(AXB) = (Bᵀ ⊗ A) vec(X)")
print(outer(vector([1, 2]), vector([3, 4, 5])))
print(normalized(vector([3, 4])))
check(isApprox(A, A + 1e-12), "approximately equal")
