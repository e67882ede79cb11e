// Key paths through optionals (`\.address?.city`, `\.nickname!`) passed to map, sorted and
// filter; Double's magnitude comparisons, Unicode scalars made from their values, and
// class instances told apart by ObjectIdentifier.
struct Address {
    var city: String
    var zip: Int?
}
struct Person {
    var name: String
    var nickname: String?
    var address: Address?
}
let people = [
    Person(name: "Ann", nickname: "annie", address: Address(city: "Oslo", zip: 150)),
    Person(name: "Bob", nickname: "bobby", address: nil),
    Person(name: "Cy", nickname: "c", address: Address(city: "Bergen", zip: nil)),
]
print(people.map(\.address?.city))
print(people.map(\.address?.zip))
print(people.map(\.nickname!))
print(people.compactMap(\.address?.city), people.map(\.nickname!.count))
print(people.filter { $0.address?.city != nil }.map(\.name))
let byCity = people.sorted { ($0.address?.city ?? "") < ($1.address?.city ?? "") }.map(\.name)
print(byCity, people.map(\.address?.city.count))

print(Double.maximumMagnitude(-3, 2), Double.minimumMagnitude(-3, 2), Double.maximum(1, .nan), Double.minimum(.nan, 4))
print(Double.maximumMagnitude(-2, 2), Double.minimumMagnitude(0.5, -0.25), (-8.0).magnitude)
let scalars = (65...70).compactMap { Unicode.Scalar($0) }
print(String(scalars.map { Character($0) }), Character(UnicodeScalar(97)!), Character(Unicode.Scalar(UInt8(122))))
print(scalars.map(\.value), Unicode.Scalar(0x1F600).map { String($0) } ?? "?", Unicode.Scalar(0xD800) == nil)

final class Node {
    let label: String
    init(label: String) { self.label = label }
}
let a = Node(label: "a"), b = Node(label: "b"), alsoA = a
print(ObjectIdentifier(a) == ObjectIdentifier(alsoA), ObjectIdentifier(a) == ObjectIdentifier(b), ObjectIdentifier(a) != ObjectIdentifier(b))
var visits: [ObjectIdentifier: Int] = [:]
for node in [a, b, alsoA, a] { visits[ObjectIdentifier(node), default: 0] += 1 }
print(visits[ObjectIdentifier(a)]!, visits[ObjectIdentifier(b)]!, visits.count)
let seen = Set([a, b, alsoA].map { ObjectIdentifier($0) })
print(seen.count, seen.contains(ObjectIdentifier(b)))
