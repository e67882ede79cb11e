// A cell's protocol with a primary associated type (`protocol Stack<Element>`): a generic
// parameter constrained as `S: Stack<Int>` is `S: Stack` where `S.Element == Int`.
protocol Stack<Element> {
    associatedtype Element
    var items: [Element] { get }
    mutating func push(_ x: Element)
}

struct IntStack: Stack {
    var items: [Int] = []
    mutating func push(_ x: Int) { items.append(x) }
}

struct WordStack: Stack {
    var items: [String] = []
    mutating func push(_ x: String) { items.append(x.uppercased()) }
}

func total<S: Stack<Int>>(_ s: S) -> Int {
    s.items.reduce(0, +)
}

func joined<S>(_ s: S) -> String where S: Stack<String> {
    s.items.joined(separator: "-")
}

func pushAll<S: Stack>(_ values: [S.Element], onto s: inout S) {
    for value in values { s.push(value) }
}

var numbers = IntStack()
pushAll([3, 4, 5], onto: &numbers)
var words = WordStack()
pushAll(["a", "bc"], onto: &words)
print(total(numbers), numbers.items)
print(joined(words), words.items.count)
