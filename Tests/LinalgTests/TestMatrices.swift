import Foundation
import Linalg

/// The kinds of matrix every decomposition is tested on, drawn from a fixed stream.
enum TestMatrices {
    /// A name and a matrix: Gaussian square, tall, wide, rank-deficient, ill-conditioned (κ = 1e12).
    static func all(seed: UInt64 = 1) -> [(name: String, matrix: Matrix)] {
        var stream = RandomStream(seed: seed)
        let square = randn(12, 12, using: &stream)
        let tall = randn(30, 7, using: &stream)
        let wide = randn(5, 17, using: &stream)
        let rankDeficient = randn(15, 3, using: &stream) * randn(3, 10, using: &stream)   // rank 3
        let (Q1, _) = qr(randn(10, 10, using: &stream))
        let (Q2, _) = qr(randn(10, 10, using: &stream))
        let spectrum = vector((0..<10).map { pow(10, -12 * Double($0) / 9) })
        let illConditioned = Q1 * diag(spectrum) * Q2.T
        return [("square", square), ("tall", tall), ("wide", wide),
                ("rank-deficient", rankDeficient), ("ill-conditioned", illConditioned)]
    }

    /// `‖A − B‖_F / ‖B‖_F`.
    static func relativeError(_ A: Matrix, _ B: Matrix) -> Double { norm(A - B) / norm(B) }

    /// `‖QᵀQ − I‖_F`: how far the columns of Q are from orthonormal.
    static func orthonormalityError(_ Q: Matrix) -> Double { norm(Q.T * Q - eye(Q.cols)) }
}

/// The committed reference values (see Fixtures/README.md).
struct Reference: @unchecked Sendable {  // immutable after loading
    let json: [String: Any]

    static let shared: Reference = {
        let url = Bundle.module.url(forResource: "reference", withExtension: "json", subdirectory: "Fixtures")!
        let object = try! JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return Reference(json: object as! [String: Any])
    }()

    func matrix(_ key: String) -> Matrix { Matrix((json[key] as! [[NSNumber]]).map { $0.map(\.doubleValue) }) }
    func numbers(_ key: String) -> [Double] { (json[key] as! [NSNumber]).map(\.doubleValue) }
    func integers(_ key: String) -> [Int] { (json[key] as! [NSNumber]).map(\.intValue) }
    func number(_ key: String) -> Double { (json[key] as! NSNumber).doubleValue }
    var random: [String: Any] { json["random"] as! [String: Any] }
    /// One group of values (`statistics`, `broadcasting`, `shapes`, `matrixFunctions`, `ode`).
    func section(_ key: String) -> Reference { Reference(json: json[key] as! [String: Any]) }
}
