// `===` and `!==` as the single expression of a closure are its result.
final class Node {
    let name: String
    var next: Node?
    init(_ name: String) { self.name = name }
}
let a = Node("a"), b = Node("b"), c = Node("c")
a.next = b
b.next = c
let nodes = [a, b, c, a]
print(nodes.filter { $0 === a }.count)
print(nodes.filter { $0 !== a }.map { $0.name })
print(nodes.contains { $0 === c }, nodes.contains { $0 === Node("c") })
print(nodes.firstIndex { $0 === b } ?? -1)
let isA: (Node) -> Bool = { $0 === a }
print(isA(a), isA(b))
let same = { (x: Node, y: Node) in x === y }
print(same(a, nodes[3]), same(a, b))
print(nodes.allSatisfy { $0 !== Node("a") })
var count = 0
var walker: Node? = a
while let node = walker { count += 1; walker = node.next }
print("chain of", count)
print(a.next === b, b.next === a, a.next?.next === c)
