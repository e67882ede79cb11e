// Du, Hu & Lee (2018) Fig. 1, unregularized: gradient descent on
// f(U, V) = ½‖UVᵀ − M*‖²_F, recording the objective and ‖U‖_F/‖V‖_F at every step,
// written against Linalg exactly as a notebook cell would write it (and, as a second
// variant, with the gradients from Autodiff's `valueWithGradient`).
//
// usage: factorization DATA_DIR RUNS [autodiff]
// Prints one line per run: CPU seconds for the loop (process time, as the numpy side), the objective after 1,000 steps
// (before it reaches rounding level), the final ratio.
import Autodiff
import Foundation
import Linalg

let (d1, d2, r, steps, eta) = (50, 200, 5, 10_000, 0.05)
let arguments = CommandLine.arguments
let data = URL(fileURLWithPath: arguments[1])
let runs = Int(arguments[2])!
let useAutodiff = arguments.count > 3 && arguments[3] == "autodiff"

func load(_ name: String, _ rows: Int, _ cols: Int) -> Matrix {
    let bytes = try! Data(contentsOf: data.appendingPathComponent("\(name).f64"))
    let values = bytes.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
    return Matrix(rows: rows, cols: cols, rowMajor: values)
}

let M = load("M", d1, d2)
let U0 = load("U0", d1, r)
let V0 = load("V0", d2, r)

func factorize(_ U0: Matrix, _ V0: Matrix) -> (objective: [Double], ratio: [Double]) {
    var (U, V) = (U0, V0)
    var objective = [Double](repeating: 0, count: steps)
    var ratio = [Double](repeating: 0, count: steps)
    for k in 0..<steps {
        let R = U * V.T - M
        objective[k] = 0.5 * squaredNorm(R)
        ratio[k] = norm(U) / norm(V)
        let gU = R * V
        let gV = R.T * U
        U -= eta * gU
        V -= eta * gV
    }
    return (objective, ratio)
}

func factorizeWithAutodiff(_ U0: Matrix, _ V0: Matrix) -> (objective: [Double], ratio: [Double]) {
    var (U, V) = (U0, V0)
    var objective = [Double](repeating: 0, count: steps)
    var ratio = [Double](repeating: 0, count: steps)
    for k in 0..<steps {
        let (value, (gU, gV)) = valueWithGradient(at: U, V) { U, V in 0.5 * squaredNorm(U * V.T - M) }
        objective[k] = value
        ratio[k] = norm(U) / norm(V)
        U -= eta * gU
        V -= eta * gV
    }
    return (objective, ratio)
}

/// CPU time of this process, in seconds.
func processSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

for _ in 0..<runs {
    let start = processSeconds()
    let (objective, ratio) = useAutodiff ? factorizeWithAutodiff(U0, V0) : factorize(U0, V0)
    let seconds = processSeconds() - start
    print(String(format: "%.6f", seconds), objective[999], ratio[steps - 1])
}
