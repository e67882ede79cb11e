/// The throwing twins of every fallible operation in Linalg and Autodiff: one
/// namespace, so that a host that must never trap (the notebook interpreter) can bind
/// to them, while compiled Swift uses the convenient trapping API.
///
/// The naming scheme:
/// - a free function keeps its name and labels: `svd(A)` ↔ `Throwing.svd(A)`,
///   `solve(A, b)` ↔ `Throwing.solve(A, b)`, `sum(A, axis: 0)` ↔ `Throwing.sum(A, axis: 0)`,
///   `gradient(at: [W]) { … }` ↔ `Throwing.gradient(at: [W]) { … }`;
/// - an operator gets a word: `A * B` ↔ `Throwing.product(A, B)`, `A + B` ↔ `Throwing.add(A, B)`,
///   `A - B` ↔ `Throwing.subtract(A, B)`, `A .* B` ↔ `Throwing.hadamard(A, B)`,
///   `A ./ B` ↔ `Throwing.elementwiseDivide(A, B)`, `A .+ B` ↔ `Throwing.elementwiseAdd(A, B)`,
///   `A .- B` ↔ `Throwing.elementwiseSubtract(A, B)`, `A ≈ B` ↔ `Throwing.isApprox(A, B)`,
///   `A += B` ↔ `Throwing.addAssign(&A, B)`,
///   `A -= B` ↔ `Throwing.subtractAssign(&A, B)`, and for tracked scalars `a / s` ↔
///   `Throwing.divide(a, s)`;
/// - a subscript, initializer or property gets a noun: `A[i, j]` ↔ `Throwing.element(A, i, j)`,
///   `A[i, j] = x` ↔ `Throwing.setElement(&A, i, j, x)`, `A[rows, cols]` ↔
///   `Throwing.slice(A, rows, cols)`, `A[rows, cols] = B` ↔ `Throwing.setSlice(&A, rows, cols, B)`,
///   `A.row(i)` ↔ `Throwing.row(A, i)`, `A.col(j)` ↔ `Throwing.col(A, j)`,
///   `Matrix(rows)` ↔ `Throwing.matrix(rows)`, `Matrix(diagonal:)` ↔ `Throwing.matrix(diagonal:)`,
///   `Matrix(rows:cols:rowMajor:)` ↔
///   `Throwing.matrix(rows:cols:rowMajor:)`, `A.scalar` ↔ `Throwing.scalar(A)`,
///   `trajectory.state(at: t)` ↔ `Throwing.state(of: trajectory, at: t)`.
///
/// Linalg's twins throw ``LinalgError``; Autodiff's (the same names over `Tracked`, and
/// the gradient, flow and gradient-check functions) throw `AutodiffError`, which wraps a
/// `LinalgError` raised inside a differentiated function. Operations that cannot fail
/// (`A.T`, `2 * A`, `A + 1`, `norm(A)`, `relu(A)`, `-A`) have no twin. In an Autodiff
/// twin a `Matrix` or `Double` operand is lifted with `Tracked(_:)`.
public enum Throwing {}
