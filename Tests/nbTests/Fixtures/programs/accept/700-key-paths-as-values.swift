// Key paths as values: stored in constants and arrays, read and written through
// `[keyPath:]`, passed to generic functions, printed, and used to sort.
struct Address {
    var city: String
    var zip: Int
}

struct Person {
    var name: String
    let age: Int
    var address: Address
    var nickname: String?
    var initials: String { String(name.prefix(1)) }
}

var ada = Person(name: "Ada", age: 36, address: Address(city: "London", zip: 1815), nickname: nil)
let grace = Person(name: "Grace", age: 85, address: Address(city: "Arlington", zip: 1906), nickname: "Amazing")
let alan = Person(name: "Alan", age: 41, address: Address(city: "Wilmslow", zip: 1912), nickname: nil)

let nameKey = \Person.name
let ageKey = \Person.age
let cityKey = \Person.address.city
print(ada[keyPath: nameKey], ada[keyPath: ageKey], ada[keyPath: cityKey])
print(nameKey, ageKey, cityKey)
print(type(of: nameKey), type(of: ageKey), type(of: cityKey))

ada[keyPath: nameKey] = "Augusta Ada"
ada[keyPath: cityKey] = "Marylebone"
ada[keyPath: \Person.address.zip] += 1
print(ada.name, ada.address.city, ada.address.zip)

let optionalCity = \Person.nickname?.count
print(ada[keyPath: optionalCity] as Any, grace[keyPath: optionalCity] as Any)
let initialsKey = \Person.initials
print(grace[keyPath: initialsKey], type(of: initialsKey))

let stringFields = [\Person.name, \Person.address.city]
print(stringFields)
for person in [ada, grace, alan] {
    print(stringFields.map { person[keyPath: $0] }.joined(separator: " / "))
}

func value<T, V>(of x: T, at path: KeyPath<T, V>) -> V {
    x[keyPath: path]
}
print(value(of: grace, at: ageKey), value(of: grace, at: nameKey), value(of: alan, at: \.address.zip))

func ascending<T, V: Comparable>(_ path: KeyPath<T, V>) -> (T, T) -> Bool {
    { $0[keyPath: path] < $1[keyPath: path] }
}
let people = [ada, grace, alan]
print(people.sorted(by: ascending(\Person.age)).map(\.name))
print(people.sorted(by: ascending(\Person.address.city)).map(\.name))
print(people.sorted(by: ascending(nameKey)).map(\.name))

func total<T>(_ items: [T], _ path: KeyPath<T, Int>) -> Int {
    items.reduce(0) { $0 + $1[keyPath: path] }
}
print(total(people, \.age), total(people, \Person.address.zip))

let readOnly: KeyPath<Person, String> = \.name
print(alan[keyPath: readOnly], readOnly)

func update<T, V>(_ x: inout T, _ path: WritableKeyPath<T, V>, to newValue: V) {
    x[keyPath: path] = newValue
}
var copy = grace
update(&copy, \.address.city, to: "New York")
update(&copy, nameKey, to: "Grace Hopper")
print(copy.name, copy.address.city, grace.address.city)

struct Point {
    var x: Double
    var y: Double
}
let axes = [\Point.x, \Point.y]
var p = Point(x: 3, y: 4)
for axis in axes { p[keyPath: axis] *= 2 }
print(p, axes.map { p[keyPath: $0] }.reduce(0, +))

struct Box<T> {
    var value: T
    let tag: String
}
var box = Box(value: 3, tag: "t")
let boxed = \Box<Int>.value
box[keyPath: boxed] += 4
print(box.value, boxed, type(of: boxed), box[keyPath: \Box<Int>.tag])
struct Outer {
    struct Inner { var n = 1 }
    var inner = Inner()
}
var outer = Outer()
let nested = \Outer.inner.n
outer[keyPath: nested] = 5
print(outer.inner.n, nested, type(of: nested))
