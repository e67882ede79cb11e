// An inheritance hierarchy: overrides, super, final, dynamic dispatch through base-class references.
protocol Describable {
    var summary: String { get }
}
class Animal: CustomStringConvertible, Describable {
    let name: String
    var legs: Int
    static var created = 0
    init(name: String, legs: Int = 4) {
        self.name = name
        self.legs = legs
        Animal.created += 1
    }
    func speak() -> String { "..." }
    var kind: String { "animal" }
    var summary: String { "\(name) the \(kind) (\(legs) legs)" }
    var description: String { "\(kind) \(name) says \(speak())" }
    func introduce() -> String { "I am \(name) and I say \(speak())" }
    final func walk(steps: Int) -> String { "\(name) walks \(steps * legs) paw-steps" }
}
class Dog: Animal {
    var tricks: [String] = []
    init(name: String) { super.init(name: name) }
    override func speak() -> String { "Woof" }
    override var kind: String { "dog" }
    func learn(_ trick: String) { tricks.append(trick) }
}
final class Puppy: Dog {
    override func speak() -> String { super.speak().lowercased() + "?" }
    override var kind: String { "puppy " + super.kind }
    override func introduce() -> String { "(tiny) " + super.introduce() }
}
class Bird: Animal {
    var canFly: Bool
    init(name: String, canFly: Bool = true) {
        self.canFly = canFly
        super.init(name: name, legs: 2)
    }
    override func speak() -> String { canFly ? "Tweet" : "Squawk" }
    override var kind: String { canFly ? "bird" : "flightless bird" }
}

let pets: [Animal] = [Dog(name: "Rex"), Bird(name: "Tweety"), Puppy(name: "Bit"), Bird(name: "Pingu", canFly: false)]
for pet in pets { print(pet.speak(), "|", pet.kind, "|", pet.legs) }
for pet in pets { print(pet) }
print(pets)
for pet in pets { print(pet.introduce()) }
print(pets.map { $0.summary })
print(pets.map { $0.walk(steps: 3) })
print(Animal.created, pets.filter { $0.legs == 2 }.count)

// Upcasts need no conversion; the join of Dog and Bird is Animal.
let mixed = [Dog(name: "A"), Bird(name: "B")]
let either = pets.count > 3 ? Puppy(name: "C") : Bird(name: "D")
print(mixed.map { $0.kind }, either.kind, either.name)
func loudest(_ animals: [Animal]) -> String { animals.map { $0.speak().uppercased() }.joined(separator: " ") }
let dogs = [Dog(name: "E"), Puppy(name: "F")]
print(loudest(dogs), loudest(mixed))

// Downcasts check the object's class at run time.
let rex = pets[0]
if let dog = rex as? Dog {
    dog.learn("sit")
    dog.learn("roll over")
}
print((rex as! Dog).tricks, (pets[2] as! Dog).tricks)
print(rex is Dog, rex is Bird, pets[2] is Dog, pets[2] is Puppy, pets[1] as? Dog == nil)
var flightless: [String] = []
for pet in pets {
    if let bird = pet as? Bird, !bird.canFly { flightless.append(bird.name) }
}
print(flightless)
func classify(_ animal: Animal) -> String {
    switch animal {
    case let puppy as Puppy: return "puppy with \(puppy.tricks.count) tricks"
    case let dog as Dog: return "dog with \(dog.tricks.count) tricks"
    case is Bird: return "some bird"
    default: return "just an animal"
    }
}
print(pets.map(classify), classify(Animal(name: "Generic")))

// Through a protocol, a generic function and an extension, overrides still answer.
let described: [any Describable] = [pets[1], pets[2]]
print(described.map { $0.summary })
func longest<T: Describable>(_ items: [T]) -> String {
    items.map { $0.summary }.max { $0.count < $1.count } ?? "none"
}
print(longest(pets))
extension Animal {
    var isQuadruped: Bool { legs == 4 }
    func greet(_ other: Animal) -> String { "\(name) greets \(other.name): \(speak())" }
}
print(pets.map { $0.isQuadruped }, pets[3].greet(pets[0]), pets[0].greet(pets[3]))

// A computed property with a setter, overridden with one that adds to it.
class Thermometer {
    var celsius = 0.0
    var reading: Double {
        get { celsius }
        set { celsius = newValue }
    }
}
class Fahrenheit: Thermometer {
    override var reading: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
let meters: [Thermometer] = [Thermometer(), Fahrenheit()]
for meter in meters { meter.reading = 212 }
print(meters.map { $0.celsius }, meters.map { $0.reading })
meters[1].reading += 18
print(meters[1].celsius, meters[1].reading)

// Class instances inside generic structs print as their class does; reflected type names are qualified.
struct Cage<Pet> { var pet: Pet }
let cage = Cage(pet: pets[0])
print(cage, [cage], Cage(pet: Bird(name: "Polly")), [Cage(pet: Dog(name: "Odie"))])
