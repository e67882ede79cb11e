// Key paths into classes, through optionals, tuple elements and computed properties.
final class Address {
    var city: String
    init(city: String) { self.city = city }
}

class Person {
    var name: String
    var age: Int
    var address: Address?
    init(name: String, age: Int, address: Address? = nil) {
        self.name = name
        self.age = age
        self.address = address
    }
}

let alice = Person(name: "Alice", age: 30, address: Address(city: "Paris"))
let bob = Person(name: "Bob", age: 25)
let people = [alice, bob]

// Reading through a class, and through `?`.
let cityPath = \Person.address?.city
for person in people {
    print(person.name, person[keyPath: cityPath] ?? "no address")
}
print(people.map(\.name), people.map(\.address?.city))

// A class's `var` is written through the key path, even from a `let` reference.
let agePath = \Person.age
alice[keyPath: agePath] += 1
bob[keyPath: \Person.name] = "Robert"
print(alice.age, bob.name)

func birthday<T>(_ object: T, _ path: ReferenceWritableKeyPath<T, Int>) {
    object[keyPath: path] += 1
}
birthday(bob, agePath)
print(bob.age)

// A linked list read and written through `!`.
class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) {
        self.value = value
        self.next = next
    }
}
let list = Node(1, next: Node(2, next: Node(3)))
let second = \Node.next!.value
let third = \Node.next!.next!.value
print(list[keyPath: second], list[keyPath: third])
list[keyPath: second] *= 10
print(list.next!.value)

// Tuple elements and a computed property's setter in a struct.
struct Square {
    var origin: (x: Double, y: Double)
    var side: Double
    var area: Double {
        get { side * side }
        set { side = newValue.squareRoot() }
    }
}
var square = Square(origin: (x: 0, y: 0), side: 3)
let xPath = \Square.origin.x
let areaPath = \Square.area
square[keyPath: xPath] = 2.5
square[keyPath: \Square.origin.y] -= 1
print(square.origin, xPath)
square[keyPath: areaPath] = 16
print(square.side, square[keyPath: areaPath])

func scale<Root>(_ value: inout Root, _ path: WritableKeyPath<Root, Double>, by factor: Double) {
    value[keyPath: path] *= factor
}
scale(&square, \.side, by: 2)
scale(&square, \.origin.y, by: 4)
print(square.side, square.origin.y, square.area)

// Key paths of different value types in one array.
let columns: [PartialKeyPath<Square>] = [\Square.side, \Square.area, \Square.origin.x]
for column in columns {
    print(square[keyPath: column])
}
let described = columns.map { "\(square[keyPath: $0])" }.joined(separator: ", ")
print(described)

// A struct holding a class: the path writes through the reference.
struct Team {
    var lead: Person
    var size: Int
}
let team = Team(lead: alice, size: 4)
let leadAge = \Team.lead.age
team[keyPath: leadAge] = 40
print(alice.age, team.lead.age, team[keyPath: \Team.size])
