// The matrix exponential by scaling and squaring (N. J. Higham, "The scaling and
// squaring method for the matrix exponential revisited", SIAM J. Matrix Anal. Appl.
// 26(4), 2005, Algorithm 2.3): pick the smallest Padé degree m ∈ {3, 5, 7, 9, 13}
// whose θ_m bounds ‖A‖₁, else scale A by 2⁻ˢ so ‖A/2ˢ‖₁ ≤ θ₁₃, evaluate the [m/m]
// Padé approximant r_m = (V − U)⁻¹(V + U), and square s times.

extension Throwing {
    /// Throwing twin of ``expm(_:)``.
    public static func expm(_ A: Matrix) throws(LinalgError) -> Matrix {
        guard A.isSquare else { throw .notSquare(operation: "expm", shape: Shape(A)) }
        try A.requireFinite("expm")
        let n = A.rows
        if n == 0 { return A }
        try RunLimits.checkpoint("expm")
        let identity = try eye(n)
        let norm1 = oneNorm(A)
        for (degree, theta) in PadeTable.thetas where degree < 13 && norm1 <= theta {
            return try padeApproximant(A, degree: degree, identity: identity)
        }
        // s = ⌈log₂(‖A‖₁/θ₁₃)⌉ halvings bring the norm under θ₁₃.
        var squarings = 0
        var scaled = norm1
        while scaled > PadeTable.theta13 {
            scaled /= 2
            squarings += 1
        }
        let factor = Double(sign: .plus, exponent: -squarings, significand: 1)
        var X = try padeApproximant(factor * A, degree: 13, identity: identity)
        for _ in 0..<squarings {
            try RunLimits.checkpoint("expm")
            X = Matrix.gemm(X, X)
        }
        return X
    }

    /// `max_j Σ_i |a_ij|`.
    static func oneNorm(_ A: Matrix) -> Double {
        let A = A.materialized
        var best = 0.0
        for j in 0..<A.cols {
            var total = 0.0
            for i in 0..<A.rows { total += Swift.abs(A.storage[i + j * A.rows]) }
            best = Swift.max(best, total)
        }
        return best
    }

    /// The [m/m] Padé approximant of e^A: `U` collects the odd powers, `V` the even ones,
    /// and `r = (V − U)⁻¹ (V + U)`.
    static func padeApproximant(_ A: Matrix, degree: Int, identity: Matrix) throws(LinalgError) -> Matrix {
        let b = PadeTable.coefficients[degree]!
        let A2 = Matrix.gemm(A, A)
        var U: Matrix
        var V: Matrix
        if degree < 13 {
            // Powers A², A⁴, … up to A^(m−1).
            var powers = [identity, A2]
            while powers.count <= degree / 2 { powers.append(Matrix.gemm(powers[powers.count - 1], A2)) }
            var odd = b[1] * identity
            var even = b[0] * identity
            for k in 1...(degree / 2) {
                odd += b[2 * k + 1] * powers[k]
                even += b[2 * k] * powers[k]
            }
            U = Matrix.gemm(A, odd)
            V = even
        } else {
            let A4 = Matrix.gemm(A2, A2)
            let A6 = Matrix.gemm(A4, A2)
            let inner = b[13] * A6 + b[11] * A4 + b[9] * A2
            U = Matrix.gemm(A, Matrix.gemm(A6, inner) + b[7] * A6 + b[5] * A4 + b[3] * A2 + b[1] * identity)
            let innerEven = b[12] * A6 + b[10] * A4 + b[8] * A2
            V = Matrix.gemm(A6, innerEven) + b[6] * A6 + b[4] * A4 + b[2] * A2 + b[0] * identity
        }
        do {
            return try solve(V - U, V + U)
        } catch .singular {
            throw .singular(operation: "expm")
        }
    }
}

/// Higham's (2005) Padé degrees with their bounds θ_m on ‖A‖₁ and the coefficients
/// b_0…b_m of the [m/m] approximant's numerator.
enum PadeTable {
    static let theta13 = 5.371920351148152
    static let thetas: [(Int, Double)] = [
        (3, 1.495585217958292e-2), (5, 2.539398330063230e-1), (7, 9.504178996162932e-1),
        (9, 2.097847961257068e0), (13, theta13),
    ]
    static let coefficients: [Int: [Double]] = [
        3: [120, 60, 12, 1],
        5: [30240, 15120, 3360, 420, 30, 1],
        7: [17_297_280, 8_648_640, 1_995_840, 277_200, 25_200, 1512, 56, 1],
        9: [17_643_225_600, 8_821_612_800, 2_075_673_600, 302_702_400, 30_270_240, 2_162_160, 110_880, 3960, 90, 1],
        13: [64_764_752_532_480_000, 32_382_376_266_240_000, 7_771_770_303_897_600, 1_187_353_796_428_800,
             129_060_195_264_000, 10_559_470_521_600, 670_442_572_800, 33_522_128_640, 1_323_241_920,
             40_840_800, 960_960, 16380, 182, 1],
    ]
}
