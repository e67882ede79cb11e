// Object lifetimes: `deinit` runs when the last strong reference goes.
class Resource {
    static var closedNames: [String] = []
    let name: String
    init(_ name: String) {
        self.name = name
        print("open \(name)")
    }
    deinit {
        print("close \(name)")
        Resource.closedNames.append(name)
    }
}

// A function's locals are released when it returns, the last declared first.
func useTwo() {
    let a = Resource("a")
    let b = Resource("b")
    print("using \(a.name) and \(b.name)")
}
useTwo()
print("after useTwo")

// Reassignment releases the old object; `= nil` releases the last one.
var current: Resource? = Resource("first")
current = Resource("second")
print("holding \(current!.name)")
current = nil
print("current is nil")

// Two references: the object lives until both are gone.
var x: Resource? = Resource("shared")
var y = x
x = nil
print("x released, y still holds \(y!.name)")
y = nil
print("both released")

// A block's locals are released at the block's end.
do {
    let scoped = Resource("scoped")
    print("inside do: \(scoped.name)")
}
print("after do")

weak var observer: Resource?
do {
    let temporary = Resource("temporary")
    observer = temporary
    print("observer sees \(observer?.name ?? "nothing")")
}
print("observer after the block: \(observer?.name ?? "nothing")")

// Each loop iteration has its own locals.
for i in 1...3 {
    let r = Resource("iteration \(i)")
    if i == 2 { print("skipping \(r.name)"); continue }
    print("working on \(r.name)")
}

// An `if` body's locals, and an `if let` binding.
var maybe: Resource? = Resource("maybe")
if let m = maybe {
    print("bound \(m.name)")
}
maybe = nil
print("maybe released")

// Objects owned by an array go when the array lets them go.
var pool = [Resource("p0"), Resource("p1"), Resource("p2")]
pool.removeFirst()
print("removed the first")
pool.removeAll()
print("pool empty")

// A linked list: releasing the head releases the whole chain, in order.
class Node {
    let value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) {
        self.value = value
        self.next = next
    }
    deinit { print("node \(value) freed") }
}
var list: Node? = Node(1, next: Node(2, next: Node(3)))
print("list head \(list!.value)")
list = nil
print("list released")

// Subclass deinit runs before its superclass's.
class Base {
    let id: Int
    init(id: Int) { self.id = id }
    deinit { print("Base deinit \(id)") }
}
class Derived: Base {
    deinit { print("Derived deinit \(id)") }
}
class Plain: Base {}
var d: Base? = Derived(id: 7)
d = nil
var p: Base? = Plain(id: 8)
p = nil

// A function that creates and drops objects in a loop.
func churn(_ n: Int) -> Int {
    var total = 0
    for i in 0..<n {
        let r = Resource("churn \(i)")
        total += r.name.count
    }
    return total
}
print("churn total \(churn(2))")
print("closed: \(Resource.closedNames)")

// Globals still alive when the program ends are not released.
let survivor = Resource("survivor")
print("end with \(survivor.name)")
