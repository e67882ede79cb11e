// `lazy var`: the initial value is computed on first access, once, and may use `self`.
func expensiveTable(_ n: Int) -> [Int] {
    print("building a table of \(n)")
    return (0..<n).map { $0 * $0 }
}

struct Squares {
    let count: Int
    lazy var table: [Int] = expensiveTable(count)
    lazy var total: Int = {
        print("summing")
        return table.reduce(0, +)
    }()
}

var s = Squares(count: 5)
print("made")
print(s.total)
print(s.total, s.table)
s.table = [1, 2]
print(s.table)
var t = Squares(count: 3)
t.table.append(100)
print(t.table, t.total)

// A copy made before the first access computes its own value; one made after shares it.
var a = Squares(count: 2)
var b = a
print(a.table, b.table)
var c = a
c.table[0] = 7
print(a.table, c.table)

class Document {
    let words: [String]
    init(_ text: String) { words = text.split(separator: " ").map(String.init) }
    lazy var wordCount: Int = {
        print("counting")
        return words.count
    }()
    lazy var longest: String = words.max { $0.count < $1.count } ?? ""
}
let doc = Document("a lazy property runs once")
print("before")
print(doc.wordCount, doc.wordCount, doc.longest)
doc.wordCount = 0
print(doc.wordCount)

// Printed as Swift stores a lazy property: an optional, nil until the first access.
var p = Squares(count: 2)
print(p)
_ = p.total
print(p, [p].count)

// Without a written type: the type of the initial value.
func makeTable(_ n: Int) -> [Int] {
    print("making \(n)")
    return (1...n).map { $0 * 10 }
}
struct Grid {
    var size: Int
    lazy var cells = makeTable(size)
    lazy var label = "grid of \(size)"
}
var g = Grid(size: 3)
print(g.label, g.cells, g.cells.count)
class Model {
    let name = "m"
    lazy var weights = Array(repeating: 0.5, count: 3)
    lazy var title = name.uppercased()
}
let m = Model()
m.weights[1] = 2
print(m.weights, m.title)
