import Linalg

let A = Matrix([[1, 2], [3, 4]])
print(A.rows, A.cols)
print(A[0, 0], A[0, 1], A[1, 0], A[1, 1])
let B = Matrix([[1, 2, 3], [4, 5, 6]])
print(B.rows, B.cols, B.count)
print(B.T.rows, B.T.cols)
print(B.T[2, 1], B.T[0, 1])
let Z = zeros(2, 3)
let O = ones(2, 2)
let I = eye(3)
print(Z.rows, Z.cols, sum(Z))
print(O.rows, O.cols, sum(O))
print(I[0, 0], I[0, 1], I[2, 2], trace(I))
let v = vector([1, 2, 3])
print(v.rows, v.cols, v[1, 0])
var M = zeros(2, 2)
M[0, 1] = 5
M[1, 0] = -2.5
print(M[0, 1], M[1, 0], sum(M))
print(A == Matrix([[1, 2], [3, 4]]), A == A.T)
print(A)
print(B.T)
