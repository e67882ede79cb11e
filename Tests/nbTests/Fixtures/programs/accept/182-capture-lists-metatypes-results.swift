// Closures that do not keep their objects alive, metatype tests, and `Result(catching:)`.
class Timer {
    var ticks = 0
    var onTick: (() -> Void)?
    let name: String
    init(name: String) { self.name = name }

    func start() {
        // A weak capture: the timer does not keep itself alive through its own closure.
        onTick = { [weak self] in
            guard let self = self else { return }
            self.ticks += 1
        }
    }

    func boost(by amount: Int) -> () -> Int {
        return { [unowned self] in
            self.ticks += amount
            return self.ticks
        }
    }
    deinit { print("timer \(name) stopped after \(ticks) ticks") }
}

var timer: Timer? = Timer(name: "t1")
timer!.start()
timer!.onTick?()
timer!.onTick?()
let boost = timer!.boost(by: 10)
print(boost())
let tick = timer!.onTick
timer = nil
tick?()
print("timer released")

// A weak capture of a local object, read after the object is gone.
class Box {
    var value: Int
    init(_ value: Int) { self.value = value }
}
var box: Box? = Box(5)
let peek = { [weak box] in box?.value ?? -1 }
print(peek())
box = nil
print(peek())

// A value capture: the closure keeps the value it had when made.
var counter = 1
let frozen = { [counter] in counter * 100 }
counter = 2
print(frozen(), counter)

// Metatypes tested with `is`.
class Animal {
    func speak() -> String { "..." }
}
class Dog: Animal {
    override func speak() -> String { "Woof" }
}
class Puppy: Dog {}
class Cat: Animal {
    override func speak() -> String { "Meow" }
}
let kinds: [Animal.Type] = [Dog.self, Cat.self, Puppy.self, Animal.self]
for kind in kinds {
    print(kind, kind is Dog.Type, kind is Cat.Type)
}
let pets: [Animal] = [Dog(), Cat(), Puppy()]
let dogCount = pets.filter { type(of: $0) is Dog.Type }.count
print("dogs: \(dogCount)")
let anything: [Any] = [Dog.self, 3, Cat.self, "text"]
for item in anything {
    print(item is Dog.Type, item is Animal.Type)
}

// Result from a throwing closure.
enum ParseError: Error {
    case notANumber(String)
    case negative(Int)
}
func parsePositive(_ text: String) throws -> Int {
    guard let value = Int(text) else { throw ParseError.notANumber(text) }
    guard value >= 0 else { throw ParseError.negative(value) }
    return value
}
let inputs = ["12", "x", "-3", "40"]
let results = inputs.map { text in Result { try parsePositive(text) } }
for result in results {
    switch result {
    case .success(let value): print("ok", value)
    case .failure(let error): print("failed:", error)
    }
}
let caught = Result(catching: { try parsePositive("7") })
print(caught, (try? caught.get()) ?? 0)
let doubled = results.map { $0.map { $0 * 2 } }
print(doubled.compactMap { try? $0.get() })
