// Values of type Any: heterogeneous arrays and dictionaries, asked what they hold with
// `as?`, `as!`, `is` and `switch` cases that cast, and `type(of:)`.
struct Point { var x = 1.0, y = 2.0 }
enum Suit { case hearts, spades }
class Animal {
    let name: String
    init(name: String) { self.name = name }
}
final class Dog: Animal {}

let things: [Any] = [1, 2.5, "three", Point(), [1, 2], true, Suit.spades, Dog(name: "rex"), (1, "a")]
for thing in things {
    if let d = thing as? Double {
        print("a Double", d)
    } else if let i = thing as? Int {
        print("an Int", i)
    } else if thing is String {
        print("a String", thing)
    } else {
        print("something else:", thing)
    }
}

func describe(_ value: Any) -> String {
    switch value {
    case let d as Double where d < 0: return "negative \(d)"
    case let d as Double: return "double \(d)"
    case let i as Int: return "int \(i)"
    case let s as String: return "string of \(s.count)"
    case let p as Point: return "point at \(p.x), \(p.y)"
    case let xs as [Int]: return "array summing to \(xs.reduce(0, +))"
    case is Bool: return "a truth value"
    case let animal as Animal: return "an animal called \(animal.name)"
    default: return "a \(type(of: value))"
    }
}
for thing in things { print(describe(thing)) }
print(describe(-0.5), describe(42), describe("hello"), describe(Point(x: 3, y: 4)))

let record: [String: Any] = ["name": "Ada", "born": 1815, "height": 1.65, "languages": ["en", "fr"]]
for key in record.keys.sorted() {
    print(key, record[key]!, type(of: record[key]!))
}
let born = record["born"] as! Int
let height = record["height"] as? Double ?? 0
print(born + 1, height * 100, record["name"] as? Int as Any, record["missing"] as? String ?? "none")
if let languages = record["languages"] as? [String] { print(languages.joined(separator: "+")) }
print(things.count, things.filter { $0 is Int }.count, things.compactMap { $0 as? Double })

let anything: Any = 42
print(anything, [anything], anything is Int, anything is Double, anything as? String as Any)
var box: [Any] = []
box.append(3)
box.append("x")
box.append(Point())
print(box.count, box)

print(type(of: 2.5), type(of: 7), type(of: "s"), type(of: Point()), type(of: Suit.hearts))
print(type(of: [1]), type(of: ["a": 1.0]), type(of: record), type(of: things), type(of: (1, "a")))
let pet: Animal = Dog(name: "fido")
print(type(of: pet), "\(type(of: pet))", String(describing: type(of: anything)))

// A cast looks through an optional held in an Any; metatypes print qualified inside collections.
let maybe: Int? = 3
let none: Int? = nil
let wrapped: Any = maybe as Any
let wrappedNil: Any = none as Any
print(wrapped, wrapped as? Int as Any, wrapped is Int, wrappedNil as? Int as Any, wrappedNil is Int)
print([type(of: pet)], [type(of: 2.5), type(of: record), type(of: Point())], [type(of: things)])
