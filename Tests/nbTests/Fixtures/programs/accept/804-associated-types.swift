// A protocol of one's own with an associated type: a Container whose Item is inferred from
// the conforming type's members or given by a typealias, used through generic functions.
protocol Container {
    associatedtype Item
    var count: Int { get }
    mutating func append(_ item: Item)
    func item(at index: Int) -> Item
}

struct IntStack: Container {
    var items: [Int] = []
    var count: Int { items.count }
    mutating func append(_ item: Int) { items.append(item) }
    func item(at index: Int) -> Int { items[index] }
}

struct Shelf: Container {
    typealias Item = String
    var books: [String] = []
    var count: Int { books.count }
    mutating func append(_ item: String) { books.append(item) }
    func item(at index: Int) -> String { books[index] }
}

struct Queue<T>: Container {
    var storage: [T] = []
    var count: Int { storage.count }
    mutating func append(_ item: T) { storage.append(item) }
    func item(at index: Int) -> T { storage[index] }
}

func allItems<C: Container>(_ c: C) -> [C.Item] {
    var out: [C.Item] = []
    for i in 0..<c.count { out.append(c.item(at: i)) }
    return out
}

func fill<C: Container>(_ c: inout C, with items: [C.Item]) {
    for x in items { c.append(x) }
}

func lastItem<C: Container>(_ c: C) -> C.Item? {
    c.count == 0 ? nil : c.item(at: c.count - 1)
}

func sameCount<A: Container, B: Container>(_ a: A, _ b: B) -> Bool { a.count == b.count }

var s = IntStack()
fill(&s, with: [4, 5, 6])
var shelf = Shelf()
fill(&shelf, with: ["Dune", "Emma"])
var q = Queue<Double>()
fill(&q, with: [0.5])
q.append(1.5)
print(allItems(s), allItems(shelf), allItems(q))
print(lastItem(s) ?? 0, lastItem(shelf) ?? "", lastItem(Queue<Int>()) ?? -1)
print(sameCount(s, shelf), sameCount(shelf, q))
