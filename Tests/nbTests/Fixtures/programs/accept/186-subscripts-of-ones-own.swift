// Subscripts declared by a lecturer's own types.
struct Matrix {
    let rows: Int
    let cols: Int
    var entries: [Double]
    init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        entries = Array(repeating: 0, count: rows * cols)
    }
    subscript(row: Int, col: Int) -> Double {
        get { entries[row * cols + col] }
        set { entries[row * cols + col] = newValue }
    }
    subscript(row r: Int) -> [Double] {
        Array(entries[(r * cols)..<((r + 1) * cols)])
    }
}

var m = Matrix(rows: 2, cols: 3)
for i in 0..<2 {
    for j in 0..<3 { m[i, j] = Double(i * 3 + j) }
}
m[1, 2] += 10
m[0, 0] = m[1, 1] * 2
print(m[row: 0], m[row: 1], m[1, 2])

var identity = Matrix(rows: 3, cols: 3)
for k in 0..<3 { identity[k, k] = 1 }
print((0..<3).map { identity[row: $0] })

// A polynomial indexed by degree, read-only.
struct Polynomial {
    var coefficients: [Double]
    subscript(degree: Int) -> Double {
        degree < coefficients.count ? coefficients[degree] : 0
    }
    func evaluate(at x: Double) -> Double {
        coefficients.indices.reversed().reduce(0.0) { $0 * x + self[$1] }
    }
}
let p = Polynomial(coefficients: [1, -3, 2])
print(p[0], p[2], p[7], p.evaluate(at: 2), p.evaluate(at: 0.5))

// Overloaded subscripts: by position and by name.
struct Gradebook {
    var names: [String]
    var scores: [Int]
    subscript(index: Int) -> Int { scores[index] }
    subscript(name: String) -> Int? {
        get { names.firstIndex(of: name).map { scores[$0] } }
        set {
            if let i = names.firstIndex(of: name), let score = newValue { scores[i] = score }
        }
    }
}
var book = Gradebook(names: ["ada", "alan", "grace"], scores: [90, 85, 95])
book["alan"] = 88
book["nobody"] = 10
print(book[1], book["alan"] ?? -1, book["nobody"] ?? -1, book.scores)

// A class with a subscript: changed through any reference.
final class Histogram {
    private var counts: [Int]
    let width: Double
    init(bins: Int, width: Double) {
        counts = Array(repeating: 0, count: bins)
        self.width = width
    }
    subscript(bin: Int) -> Int {
        get { counts[bin] }
        set { counts[bin] = newValue }
    }
    func add(_ x: Double) {
        let bin = min(Int(x / width), counts.count - 1)
        self[bin] += 1
    }
    var total: Int { counts.reduce(0, +) }
}
let histogram = Histogram(bins: 4, width: 0.25)
for x in [0.1, 0.3, 0.35, 0.9, 0.99, 0.6, 0.05] { histogram.add(x) }
let same = histogram
same[3] += 100
print((0..<4).map { histogram[$0] }, histogram.total)
