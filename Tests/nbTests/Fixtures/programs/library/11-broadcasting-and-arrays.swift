import Linalg

// The dot operators broadcast a row, a column or a 1×1 matrix along the other operand.
let Y = Matrix([[1, 2, 3], [4, 5, 6]])
let row = Matrix(row: [10, 20, 30])
let column = Matrix(column: [1, -1])
print(Y .+ row)
print(Y .- column)
print(Y .* Matrix([[2]]))
print(column .+ row)
print(Y ./ norm(Y, axis: 0))
print(norm(Y, axis: 1))
print(Y .+ 1, 1 .- Y, Y .* 2, 2 ./ Y)
print(Y .- mean(Y, axis: 0))
check(mean(Y .- mean(Y, axis: 0), axis: 0) == zeros(1, 3), "centered columns have mean zero")

// Matrices as arrays.
print(Y.array)
print(Y.rowArrays)
print(Y.shape)
let (m, n) = Y.shape
print(m * n, Y.shape.rows, Y.shape.cols)
print(Matrix(diagonal: [1, 2, 3]))
print(Matrix(row: [1, 2]), Matrix(column: [1, 2]))
print(commutator(Matrix([[0, 1], [0, 0]]), Matrix([[0, 0], [1, 0]])))
check(commutator(eye(2), Y[0..<2, 0..<2]) == zeros(2, 2), "the identity commutes with everything")

// Blocks by ranges, read and written on a var.
var M = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(M[rows: 1...], M[cols: ..<2], M[0..<2, 1...2], M[..., 2...])
M[rows: 0..<1] = zeros(1, 3)
M[cols: 2...] = ones(3, 1)
M[1...2, 0..<1] = Matrix([[-4], [-7]])
print(M)
