// `weak` and `unowned` references: a weak reference becomes nil when the last strong one goes.
class Person {
    let name: String
    var apartment: Apartment?
    init(name: String) { self.name = name }
}
class Apartment {
    let unit: String
    weak var tenant: Person?
    init(unit: String) { self.unit = unit }
}

var john: Person? = Person(name: "John")
let unit4A = Apartment(unit: "4A")
john!.apartment = unit4A
unit4A.tenant = john
print(unit4A.tenant?.name ?? "nobody", john?.apartment?.unit ?? "none")
john = nil
print(unit4A.tenant?.name ?? "nobody", unit4A.tenant == nil)

class Customer {
    let name: String
    var card: CreditCard?
    init(name: String) { self.name = name }
}
class CreditCard {
    let number: Int
    unowned let customer: Customer
    init(number: Int, customer: Customer) {
        self.number = number
        self.customer = customer
    }
}
let alice = Customer(name: "Alice")
alice.card = CreditCard(number: 1234, customer: alice)
print(alice.card!.customer.name, alice.card!.number, alice.card!.customer === alice)

// A tree whose children point back at their parent weakly.
class Node {
    let value: Int
    weak var parent: Node?
    var children: [Node] = []
    init(_ value: Int) { self.value = value }
    func add(_ child: Node) {
        children.append(child)
        child.parent = self
    }
    var depth: Int {
        var d = 0
        var current = parent
        while let p = current {
            d += 1
            current = p.parent
        }
        return d
    }
}
let root = Node(1)
let mid = Node(2)
let leaf = Node(3)
root.add(mid)
mid.add(leaf)
print(leaf.depth, leaf.parent?.value ?? 0, leaf.parent?.parent?.value ?? 0, root.parent == nil)
var orphan: Node? = Node(9)
let child = Node(10)
orphan!.add(child)
print(child.parent?.value ?? -1)
orphan = nil
print(child.parent?.value ?? -1, child.depth)

// A weak delegate of a class-bound protocol type.
protocol Listener: AnyObject { func heard(_ s: String) }
class Ear: Listener { func heard(_ s: String) { print("heard", s) } }
class Speaker {
    weak var listener: Listener?
    func say(_ s: String) { listener?.heard(s) }
}
let speaker = Speaker()
var ear: Ear? = Ear()
speaker.listener = ear
speaker.say("hi")
ear = nil
speaker.say("again")
print(speaker.listener == nil)

// Weak and unowned variables do not keep their object alive either.
class Token {
    let name: String
    init(_ name: String) { self.name = name }
}
var strong: Token? = Token("a")
weak var weakRef = strong
print(weakRef?.name ?? "gone")
strong = nil
print(weakRef?.name ?? "gone", weakRef == nil)
func demo() {
    var local: Token? = Token("b")
    weak var w: Token? = local
    unowned let u = local!
    print(w?.name ?? "gone", u.name)
    local = nil
    print(w?.name ?? "gone")
    let keep = Token("c")
    w = keep
    print(w?.name ?? "gone")
}
demo()
