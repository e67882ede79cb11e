// Classes are reference types: copies share one object, `let` fixes the reference, not the object.
class Counter {
    var count = 0
    let label: String
    init(label: String = "counter") { self.label = label }
    func increment(by step: Int = 1) { count += step }
    func reset() { count = 0 }
}
let a = Counter()
let b = a
b.count += 1
b.increment()
a.increment(by: 10)
print(a.count, b.count, a.label)
print(a === b, a !== b, a === Counter(), Counter() !== Counter())
let c = Counter(label: "other")
c.count = 5
print(a.count, c.count, c.label)

// A struct copy is independent; a struct holding a reference shares the object.
struct Tally { var count = 0 }
var t1 = Tally()
var t2 = t1
t2.count = 7
print(t1.count, t2.count)
struct Badge { var owner: String; let counter: Counter }
let badge = Badge(owner: "ada", counter: a)
var copy = badge
copy.owner = "bob"
copy.counter.increment(by: 100)
print(badge.owner, copy.owner, badge.counter.count, a.count, badge.counter === copy.counter)

// Reassigning a `var` reference moves it to another object; the first one stays as it was.
var current = Counter(label: "first")
let first = current
current.increment()
current = Counter(label: "second")
current.increment(by: 2)
print(first.label, first.count, current.label, current.count, first === current)

// Arrays of references: the array is a value, its elements point at shared objects.
let counters = [Counter(label: "x"), Counter(label: "y"), Counter(label: "z")]
var sameCounters = counters
for (i, counter) in counters.enumerated() { counter.increment(by: i + 1) }
sameCounters.append(Counter(label: "w"))
counters[1].count *= 10
print(counters.map { $0.count }, sameCounters.map { $0.count }, counters.count, sameCounters.count)
print(counters[0] === sameCounters[0], counters.map { $0.label }.joined(separator: "+"))

// Closures capture references: every closure sees the one object.
func makeClicker(_ counter: Counter) -> () -> Int {
    return {
        counter.increment()
        return counter.count
    }
}
let shared = Counter(label: "shared")
let click1 = makeClicker(shared)
let click2 = makeClicker(shared)
print(click1(), click2(), click1(), shared.count)
var observed: [Int] = []
let watch = { observed.append(shared.count) }
shared.reset()
watch()
shared.increment(by: 3)
watch()
print(observed)

// A singly linked list of nodes; changing a node through one path shows through every path.
class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) {
        self.value = value
        self.next = next
    }
}
var head: Node? = nil
for v in [5, 4, 3, 2, 1] { head = Node(v, next: head) }
func values(_ start: Node?) -> [Int] {
    var result: [Int] = []
    var cursor = start
    while let node = cursor {
        result.append(node.value)
        cursor = node.next
    }
    return result
}
print(values(head))
let third = head?.next?.next
third?.value = 30
head?.next?.value = 20
print(values(head), third?.value ?? -1, third!.next!.value)
third?.next = nil
print(values(head), values(third), head?.next?.next === third)
print(head?.next == nil, third?.next == nil)

// A cycle of references is fine: two objects pointing at each other.
class Person {
    let name: String
    var friend: Person?
    init(name: String) { self.name = name }
}
let ann = Person(name: "Ann"), ben = Person(name: "Ben")
ann.friend = ben
ben.friend = ann
print(ann.friend!.name, ann.friend!.friend!.name, ann.friend?.friend === ann)
print(a, [a, b], Optional(c) as Any)
