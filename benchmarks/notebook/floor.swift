// The floor of the notebook benchmarks: the same computations compiled with `swiftc -O`
// against the same OpenBLAS, with every buffer allocated before the loop, transposes
// passed to BLAS as flags, products accumulated into their destination (beta), and
// gradients written by hand. Column-major storage, as Linalg's.
//
// usage: floor WORKLOAD DATA_DIR
// Prints the loop's CPU time in seconds (process time), then the results the notebook prints.
import CLapack
import Foundation

let workload = CommandLine.arguments[1]
let data = URL(fileURLWithPath: CommandLine.arguments[2])

/// A matrix read from a CSV of rows, stored column-major.
struct Dense {
    let rows: Int, cols: Int
    var a: [Double]
    init(rows: Int, cols: Int) { (self.rows, self.cols, a) = (rows, cols, [Double](repeating: 0, count: rows * cols)) }
    init(csv name: String) {
        let text = try! String(contentsOf: data.appendingPathComponent("\(name).csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",").map { Double($0)! } }
        self.init(rows: lines.count, cols: lines[0].count)
        for i in 0..<rows { for j in 0..<cols { a[i + j * rows] = lines[i][j] } }
    }
}

func seconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// C = alpha op(A) op(B) + beta C on raw column-major buffers.
@inline(__always)
func gemm(_ ta: Bool, _ tb: Bool, _ m: Int, _ n: Int, _ k: Int, _ alpha: Double,
          _ A: UnsafePointer<Double>, _ lda: Int, _ B: UnsafePointer<Double>, _ ldb: Int,
          _ beta: Double, _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
    cblas_dgemm(CblasColMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), alpha, A, Int32(lda), B, Int32(ldb), beta, C, Int32(ldc))
}

func buffer(_ count: Int) -> UnsafeMutablePointer<Double> {
    let p = UnsafeMutablePointer<Double>.allocate(capacity: count)
    p.initialize(repeating: 0, count: count)
    return p
}

func copied(_ m: Dense) -> UnsafeMutablePointer<Double> {
    let p = buffer(m.a.count)
    m.a.withUnsafeBufferPointer { p.update(from: $0.baseAddress!, count: m.a.count) }
    return p
}

func factorization() -> (Double, [Double]) {
    let Mstar = Dense(csv: "mf_M"), U0 = Dense(csv: "mf_U0"), V0 = Dense(csv: "mf_V0")
    let (d1, d2, r) = (U0.rows, V0.rows, U0.cols)
    let (eta, lambda, steps) = (0.01, 1.0, 10_000)
    let start = seconds()
    let M = copied(Mstar), U = copied(U0), V = copied(V0), Ur = copied(U0), Vr = copied(V0)
    let R = buffer(d1 * d2), gU = buffer(d1 * r), gV = buffer(d2 * r), D = buffer(r * r)
    var plain = [Double](repeating: 0, count: steps + 1), regularized = plain, ratioPlain = plain, ratioRegularized = plain
    let (nU, nV, nR, nD) = (Int32(d1 * r), Int32(d2 * r), Int32(d1 * d2), Int32(r * r))
    for k in 0...steps {
        R.update(from: M, count: d1 * d2)
        gemm(false, true, d1, d2, r, 1, U, d1, V, d2, -1, R, d1)              // R = U Vᵀ − M
        plain[k] = 0.5 * cblas_ddot(nR, R, 1, R, 1)
        ratioPlain[k] = cblas_dnrm2(nU, U, 1) / cblas_dnrm2(nV, V, 1)
        gemm(false, false, d1, r, d2, 1, R, d1, V, d2, 0, gU, d1)             // R V
        gemm(true, false, d2, r, d1, 1, R, d1, U, d1, 0, gV, d2)              // Rᵀ U
        cblas_daxpy(nU, -eta, gU, 1, U, 1)
        cblas_daxpy(nV, -eta, gV, 1, V, 1)

        R.update(from: M, count: d1 * d2)
        gemm(false, true, d1, d2, r, 1, Ur, d1, Vr, d2, -1, R, d1)
        gemm(true, false, r, r, d1, 1, Ur, d1, Ur, d1, 0, D, r)               // D = UᵀU − VᵀV
        gemm(true, false, r, r, d2, -1, Vr, d2, Vr, d2, 1, D, r)
        regularized[k] = 0.5 * cblas_ddot(nR, R, 1, R, 1) + lambda / 4 * cblas_ddot(nD, D, 1, D, 1)
        ratioRegularized[k] = cblas_dnrm2(nU, Ur, 1) / cblas_dnrm2(nV, Vr, 1)
        gemm(false, false, d1, r, d2, 1, R, d1, Vr, d2, 0, gU, d1)            // R V + λ U D
        gemm(false, false, d1, r, r, lambda, Ur, d1, D, r, 1, gU, d1)
        gemm(true, false, d2, r, d1, 1, R, d1, Ur, d1, 0, gV, d2)             // Rᵀ U − λ V D
        gemm(false, false, d2, r, r, -lambda, Vr, d2, D, r, 1, gV, d2)
        cblas_daxpy(nU, -eta, gU, 1, Ur, 1)
        cblas_daxpy(nV, -eta, gV, 1, Vr, 1)
    }
    let elapsed = seconds() - start
    return (elapsed, [plain[1000], regularized[1000], ratioPlain[steps], ratioRegularized[steps]])
}

func relu() -> (Double, [Double]) {
    let Xm = Dense(csv: "relu_X"), Ym = Dense(csv: "relu_Y")
    let W1m = Dense(csv: "relu_W1"), W2m = Dense(csv: "relu_W2"), W3m = Dense(csv: "relu_W3")
    let (d, n, h) = (Xm.rows, Xm.cols, W1m.rows)
    let (eta, steps) = (0.05, 2_000)
    let start = seconds()
    let X = copied(Xm), Y = copied(Ym), W1 = copied(W1m), W2 = copied(W2m), W3 = copied(W3m)
    let Z1 = buffer(h * n), A1 = buffer(h * n), Z2 = buffer(h * n), A2 = buffer(h * n), G = buffer(n)
    let G1 = buffer(h * n), G2 = buffer(h * n)
    let g1 = buffer(h * d), g2 = buffer(h * h), g3 = buffer(h)
    func forward() {
        gemm(false, false, h, n, d, 1, W1, h, X, d, 0, Z1, h)
        for i in 0..<(h * n) { A1[i] = Swift.max(Z1[i], 0) }
        gemm(false, false, h, n, h, 1, W2, h, A1, h, 0, Z2, h)
        for i in 0..<(h * n) { A2[i] = Swift.max(Z2[i], 0) }
        G.update(from: Y, count: n)
        gemm(false, false, 1, n, h, 1, W3, 1, A2, h, -1, G, 1)               // W3 A2 − Y
    }
    for _ in 0..<steps {
        forward()
        cblas_dscal(Int32(n), 1 / Double(n), G, 1)
        gemm(false, true, 1, h, n, 1, G, 1, A2, h, 0, g3, 1)                 // G A2ᵀ
        gemm(true, false, h, n, 1, 1, W3, 1, G, 1, 0, G2, h)                 // W3ᵀ G ∘ [Z2 > 0]
        for i in 0..<(h * n) where Z2[i] <= 0 { G2[i] = 0 }
        gemm(false, true, h, h, n, 1, G2, h, A1, h, 0, g2, h)                // G2 A1ᵀ
        gemm(true, false, h, n, h, 1, W2, h, G2, h, 0, G1, h)                // W2ᵀ G2 ∘ [Z1 > 0]
        for i in 0..<(h * n) where Z1[i] <= 0 { G1[i] = 0 }
        gemm(false, true, h, d, n, 1, G1, h, X, d, 0, g1, h)                 // G1 Xᵀ
        cblas_daxpy(Int32(h * d), -eta, g1, 1, W1, 1)
        cblas_daxpy(Int32(h * h), -eta, g2, 1, W2, 1)
        cblas_daxpy(Int32(h), -eta, g3, 1, W3, 1)
    }
    let elapsed = seconds() - start
    forward()
    let loss = 0.5 * cblas_ddot(Int32(n), G, 1, G, 1) / Double(n)
    return (elapsed, [loss, cblas_ddot(Int32(h * d), W1, 1, W1, 1), cblas_ddot(Int32(h), W3, 1, W3, 1)])
}

func flow() -> (Double, [Double]) {
    let Mm = Dense(csv: "flow_M"), U0 = Dense(csv: "flow_U0"), V0 = Dense(csv: "flow_V0")
    let (m1, m2, r) = (U0.rows, V0.rows, U0.cols)
    let (rtol, atol, tEnd) = (1e-10, 1e-12, 10.0)
    let a: [[Double]] = [[], [1.0 / 5], [3.0 / 40, 9.0 / 40], [44.0 / 45, -56.0 / 15, 32.0 / 9],
                         [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
                         [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
                         [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84]]
    let e: [Double] = [-71.0 / 57600, 0, 71.0 / 16695, -71.0 / 1920, 17253.0 / 339200, -22.0 / 525, 1.0 / 40]
    let p: [[Double]] = [
        [1, -8048581381.0 / 2820520608, 8663915743.0 / 2820520608, -12715105075.0 / 11282082432],
        [0, 0, 0, 0],
        [0, 131558114200.0 / 32700410799, -68118460800.0 / 10900136933, 87487479700.0 / 32700410799],
        [0, -1754552775.0 / 470086768, 14199869525.0 / 1410260304, -10690763975.0 / 1880347072],
        [0, 127303824393.0 / 49829197408, -318862633887.0 / 49829197408, 701980252875.0 / 199316789632],
        [0, -282668133.0 / 205662961, 2019193451.0 / 616988883, -1453857185.0 / 822651844],
        [0, 40617522.0 / 29380423, -110615467.0 / 29380423, 69997945.0 / 29380423]]
    let start = seconds()
    let n = (m1 + m2) * r
    let M = copied(Mm), R = buffer(m1 * m2)
    // The field: −∇ of ½‖U Vᵀ − M‖² at y = (U, V) into `out`; returns the loss.
    func field(_ y: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>) -> Double {
        let U = y, V = y + m1 * r
        R.update(from: M, count: m1 * m2)
        gemm(false, true, m1, m2, r, 1, U, m1, V, m2, -1, R, m1)
        gemm(false, false, m1, r, m2, -1, R, m1, V, m2, 0, out, m1)
        gemm(true, false, m2, r, m1, -1, R, m1, U, m1, 0, out + m1 * r, m2)
        return 0.5 * cblas_ddot(Int32(m1 * m2), R, 1, R, 1)
    }
    func scaledNorm(_ v: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ yNew: UnsafePointer<Double>?) -> Double {
        var total = 0.0
        for i in 0..<n {
            let scale = atol + rtol * Swift.max(Swift.abs(y[i]), Swift.abs(yNew?[i] ?? y[i]))
            total += (v[i] / scale) * (v[i] / scale)
        }
        return (total / Double(n)).squareRoot()
    }
    var y = buffer(n), yNew = buffer(n), ys = buffer(n), err = buffer(n)
    U0.a.withUnsafeBufferPointer { y.update(from: $0.baseAddress!, count: m1 * r) }
    V0.a.withUnsafeBufferPointer { (y + m1 * r).update(from: $0.baseAddress!, count: m2 * r) }
    let k = (0..<7).map { _ in buffer(n) }
    var t = 0.0
    var times = [t], states = [Array(UnsafeBufferPointer(start: y, count: n))], losses = [field(y, k[0])]
    var pieces: [(Double, Double, [Double], [[Double]])] = []
    let d0 = scaledNorm(y, y, nil), d1 = scaledNorm(k[0], y, nil)
    let h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1
    for i in 0..<n { ys[i] = y[i] + h0 * k[0][i] }
    _ = field(ys, k[1])
    for i in 0..<n { err[i] = (k[1][i] - k[0][i]) / h0 }
    let d2 = scaledNorm(err, y, nil)
    let h1 = Swift.max(d1, d2) <= 1e-15 ? Swift.max(1e-6, h0 * 1e-3) : pow(0.01 / Swift.max(d1, d2), 0.2)
    var h = Swift.min(100 * h0, h1, tEnd)
    var justRejected = false
    var stageValue = 0.0
    while t < tEnd {
        let last = t + h >= tEnd
        if last { h = tEnd - t }
        for stage in 1..<7 {
            ys.update(from: y, count: n)
            for (j, weight) in a[stage].enumerated() where weight != 0 {
                let kj = k[j], hw = h * weight
                for i in 0..<n { ys[i] += hw * kj[i] }
            }
            stageValue = field(ys, k[stage])
            if stage == 6 { yNew.update(from: ys, count: n) }
        }
        err.update(repeating: 0, count: n)
        for (j, weight) in e.enumerated() where weight != 0 {
            let kj = k[j], hw = h * weight
            for i in 0..<n { err[i] += hw * kj[i] }
        }
        var error = scaledNorm(err, y, yNew)
        if !error.isFinite || (0..<n).contains(where: { !yNew[$0].isFinite }) { error = .infinity }
        if error <= 1 {
            var coefficients = [[Double]](repeating: [Double](repeating: 0, count: n), count: 4)
            for m in 0..<4 {
                for stage in 0..<7 where p[stage][m] != 0 {
                    let weight = h * p[stage][m], ks = k[stage]
                    for i in 0..<n { coefficients[m][i] += weight * ks[i] }
                }
            }
            pieces.append((t, h, Array(UnsafeBufferPointer(start: y, count: n)), coefficients))
            t = last ? tEnd : t + h
            swap(&y, &yNew)
            k[0].update(from: k[6], count: n)
            times.append(t)
            states.append(Array(UnsafeBufferPointer(start: y, count: n)))
            losses.append(stageValue)
            let factor = error == 0 ? 5 : Swift.min(5, Swift.max(0.2, 0.9 * pow(error, -0.2)))
            h *= justRejected ? Swift.min(1, factor) : factor
            justRejected = false
        } else {
            h *= error.isFinite ? Swift.max(0.2, 0.9 * pow(error, -0.2)) : 0.2
            justRejected = true
        }
    }
    let elapsed = seconds() - start
    return (elapsed, [Double(times.count - 1), losses[losses.count - 1]])
}

func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }

func loop() -> (Double, [Double]) {
    let start = seconds()
    // The step count from the command line's length keeps the loop from being folded away.
    var u = 0.5, v = 1.5
    let rate = 0.01, count = 1_999_999 + CommandLine.arguments.count / 3
    for _ in 0..<count {
        let r = u * v - 1
        let gu = r * v
        let gv = r * u
        u -= rate * gu
        v -= rate * gv
    }
    return (seconds() - start, [u, v, u * v])
}

let (elapsed, results): (Double, [Double])
switch workload {
case "factorization": (elapsed, results) = factorization()
case "relu": (elapsed, results) = relu()
case "flow": (elapsed, results) = flow()
case "fib":
    let start = seconds()
    let value = fib(26 + CommandLine.arguments.count / 3)
    (elapsed, results) = (seconds() - start, [Double(value)])
case "loop": (elapsed, results) = loop()
default: fatalError("unknown workload \(workload)")
}
print(String(format: "%.6f", elapsed), results.map { "\($0)" }.joined(separator: " "))
