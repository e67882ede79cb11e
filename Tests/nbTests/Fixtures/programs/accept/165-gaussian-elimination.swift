// Gaussian elimination with partial pivoting, on [[Double]].
func solve(_ matrix: [[Double]], _ rhs: [Double]) -> [Double]? {
    var a = matrix
    var b = rhs
    let n = b.count
    for col in 0..<n {
        var pivot = col
        for row in (col + 1)..<n where abs(a[row][col]) > abs(a[pivot][col]) {
            pivot = row
        }
        if abs(a[pivot][col]) < 1e-12 { return nil }
        if pivot != col {
            a.swapAt(pivot, col)
            b.swapAt(pivot, col)
        }
        for row in (col + 1)..<n {
            let factor = a[row][col] / a[col][col]
            for k in col..<n { a[row][k] -= factor * a[col][k] }
            b[row] -= factor * b[col]
        }
    }
    var x = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
        var sum = b[row]
        for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
        x[row] = sum / a[row][row]
    }
    return x
}

let A: [[Double]] = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
let b: [Double] = [8, -11, -3]
if let x = solve(A, b) {
    print(x.map { ($0 * 1e9).rounded() / 1e9 })
    for (row, rhs) in zip(A, b) {
        let lhs = zip(row, x).map { $0 * $1 }.reduce(0, +)
        print(abs(lhs - rhs) < 1e-9)
    }
}
print(solve([[1, 2], [2, 4]], [3, 6]) == nil)

func determinant(_ m: [[Double]]) -> Double {
    var a = m
    let n = a.count
    var det = 1.0
    for col in 0..<n {
        guard let pivot = (col..<n).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }), a[pivot][col] != 0 else { return 0 }
        if pivot != col { a.swapAt(pivot, col); det = -det }
        det *= a[col][col]
        for row in (col + 1)..<n {
            let f = a[row][col] / a[col][col]
            for k in col..<n { a[row][k] -= f * a[col][k] }
        }
    }
    return det
}
print(determinant(A), determinant([[1, 2], [3, 4]]), determinant([[0, 1], [1, 0]]))
let identity = (0..<3).map { i in (0..<3).map { j in i == j ? 1.0 : 0.0 } }
print(identity, determinant(identity))
let hilbert = (0..<4).map { i in (0..<4).map { j in 1.0 / Double(i + j + 1) } }
print(determinant(hilbert) > 0, determinant(hilbert) < 1e-6)
