/// The throwing twins of every fallible operation in Linalg (and, by extension,
/// Autodiff): one namespace, so that a host that must never trap (the notebook
/// interpreter) can bind to them.
///
/// The naming scheme:
/// - a free function keeps its name and labels: `svd(A)` ↔ `Throwing.svd(A)`,
///   `solve(A, b)` ↔ `Throwing.solve(A, b)`, `sum(A, axis: 0)` ↔ `Throwing.sum(A, axis: 0)`;
/// - an operator gets a word: `A * B` ↔ `Throwing.product(A, B)`, `A + B` ↔ `Throwing.add(A, B)`,
///   `A - B` ↔ `Throwing.subtract(A, B)`, `A .* B` ↔ `Throwing.hadamard(A, B)`,
///   `A ./ B` ↔ `Throwing.elementwiseDivide(A, B)`, `A += B` ↔ `Throwing.addAssign(&A, B)`,
///   `A -= B` ↔ `Throwing.subtractAssign(&A, B)`;
/// - a subscript, initializer or property gets a noun: `A[i, j]` ↔ `Throwing.element(A, i, j)`,
///   `A[i, j] = x` ↔ `Throwing.setElement(&A, i, j, x)`, `Matrix(rows)` ↔ `Throwing.matrix(rows)`,
///   `A[rows, cols]` ↔ `Throwing.slice(A, rows, cols)`, `A.row(i)` ↔ `Throwing.row(A, i)`,
///   `A.scalar` ↔ `Throwing.scalar(A)`.
///
/// Each throws ``LinalgError`` (Autodiff's throw `AutodiffError`). Operations that
/// cannot fail (`A.T`, `2 * A`, `norm(A)`, `relu(A)`) have no twin.
public enum Throwing {}
