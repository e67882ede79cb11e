import Linalg

let A = Matrix([[1, 2], [3, 4]])
let B = Matrix([[0, 1], [1, 0]])
let C = A * B
print(C[0, 0], C[0, 1], C[1, 0], C[1, 1])
let D = A + B
print(D[0, 0], D[1, 1], sum(D))
let E = A - B
print(E[0, 1], E[1, 0], sum(E))
let F = 2 * A
print(F[1, 1], sum(F))
let G = A / 2
print(G[0, 0], G[1, 1])
let H = A .* A
print(H[0, 1], H[1, 0], sum(H))
let X = Matrix([[1, 2, 3], [4, 5, 6]])
let P = X * X.T
print(P.rows, P.cols, P[0, 0], P[0, 1], P[1, 1])
let Q = X.T * X
print(Q.rows, Q.cols, trace(Q), trace(P))
print(A * eye(2) == A, eye(2) * A == A)
var S = A
S += B
S = S - B
print(S == A)
let v = vector([1, -1])
let Av = A * v
print(Av.rows, Av.cols, Av[0, 0], Av[1, 0])
print(-A == (-1) * A)
print(A)
print(A * B)
