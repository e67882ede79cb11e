// Generic enums: a binary search tree as an indirect enum, an Either, and a linked list,
// with methods, extensions constrained on the parameter, and printing inside collections.
indirect enum Tree<T> {
    case leaf
    case node(Tree<T>, T, Tree<T>)

    func inorder() -> [T] {
        switch self {
        case .leaf: return []
        case let .node(left, value, right): return left.inorder() + [value] + right.inorder()
        }
    }

    var count: Int {
        switch self {
        case .leaf: return 0
        case let .node(left, _, right): return left.count + 1 + right.count
        }
    }

    var height: Int {
        if case let .node(left, _, right) = self { return 1 + max(left.height, right.height) }
        return 0
    }

    func map<U>(_ transform: (T) -> U) -> Tree<U> {
        switch self {
        case .leaf: return .leaf
        case let .node(left, value, right): return .node(left.map(transform), transform(value), right.map(transform))
        }
    }
}

extension Tree where T: Comparable {
    func inserting(_ x: T) -> Tree<T> {
        switch self {
        case .leaf: return .node(.leaf, x, .leaf)
        case let .node(left, value, right):
            return x < value ? .node(left.inserting(x), value, right) : .node(left, value, right.inserting(x))
        }
    }

    func contains(_ x: T) -> Bool {
        switch self {
        case .leaf: return false
        case let .node(left, value, right):
            if x == value { return true }
            return x < value ? left.contains(x) : right.contains(x)
        }
    }
}

var tree = Tree<Int>.leaf
for x in [5, 2, 8, 1, 9, 3, 7] { tree = tree.inserting(x) }
print(tree.inorder(), tree.count, tree.height, tree.contains(3), tree.contains(4))
print(tree.map { Double($0) / 2 }.inorder(), tree.map { "n\($0)" }.inorder().joined(separator: " "))
let small: Tree<String> = .node(.leaf, "m", .leaf)
print(small)
print([small], small.inserting("a").inorder())
var words = Tree<String>.leaf
for w in "the quick brown fox jumps over the lazy dog".split(separator: " ") { words = words.inserting(String(w)) }
print(words.inorder(), words.height)

enum Either<Left, Right> {
    case left(Left)
    case right(Right)

    var isLeft: Bool {
        if case .left = self { return true }
        return false
    }
}
let mixed: [Either<Int, String>] = [.left(1), .right("a"), .left(3)]
for item in mixed {
    switch item {
    case .left(let n): print("number", n)
    case .right(let s): print("text", s)
    }
}
print(mixed, mixed.filter { $0.isLeft }.count)
let parsed: [Either<Double, String>] = ["1.5", "x", "2"].map { text in
    if let value = Double(text) { return .left(value) }
    return .right("not a number: \(text)")
}
print(parsed)

indirect enum List<Element> {
    case empty
    case cons(Element, List<Element>)

    var array: [Element] {
        var result: [Element] = []
        var current = self
        while case let .cons(head, tail) = current {
            result.append(head)
            current = tail
        }
        return result
    }

    func prepending(_ x: Element) -> List<Element> { .cons(x, self) }
}
let list = List<Int>.empty.prepending(3).prepending(2).prepending(1)
print(list.array, list)
