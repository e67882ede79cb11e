// Generic classes: a shared box, a linked list and a binary search tree.
class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }
    func describe() -> String { "Box holding \(value)" }
}
let shared = Box(41)
let alias = shared
alias.value += 1
print(shared.value, shared === alias)
let label = Box("text")
print(label.describe(), shared.describe())

class Node<T> {
    var value: T
    var next: Node<T>?
    init(_ value: T, next: Node<T>? = nil) {
        self.value = value
        self.next = next
    }
}

class LinkedList<T> {
    var head: Node<T>?
    var count = 0
    func push(_ value: T) {
        head = Node(value, next: head)
        count += 1
    }
    func toArray() -> [T] {
        var items: [T] = []
        var current = head
        while let node = current {
            items.append(node.value)
            current = node.next
        }
        return items
    }
}
let words = LinkedList<String>()
for word in ["one", "two", "three"] { words.push(word) }
print(words.toArray(), words.count)
let numbers = LinkedList<Double>()
numbers.push(1.5)
numbers.push(2.5)
print(numbers.toArray().reduce(0, +))

class Tree<Key: Comparable> {
    var key: Key
    var left: Tree<Key>?
    var right: Tree<Key>?
    init(_ key: Key) { self.key = key }
    func insert(_ newKey: Key) {
        if newKey < key {
            if let left = left { left.insert(newKey) } else { left = Tree(newKey) }
        } else {
            if let right = right { right.insert(newKey) } else { right = Tree(newKey) }
        }
    }
    func inOrder() -> [Key] {
        (left?.inOrder() ?? []) + [key] + (right?.inOrder() ?? [])
    }
    var height: Int { 1 + max(left?.height ?? 0, right?.height ?? 0) }
}
let tree = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35] { tree.insert(k) }
print(tree.inOrder(), tree.height)
let names = Tree("m")
for n in ["c", "x", "a"] { names.insert(n) }
print(names.inOrder())

// A required initializer in a class hierarchy.
class Shape {
    let sides: Int
    required init(sides: Int) { self.sides = sides }
    func describe() -> String { "shape with \(sides) sides" }
}
class Polygon: Shape {
    required init(sides: Int) { super.init(sides: sides) }
    override func describe() -> String { "polygon with \(sides) sides" }
}
let p = Polygon(sides: 5)
print(p.describe())
