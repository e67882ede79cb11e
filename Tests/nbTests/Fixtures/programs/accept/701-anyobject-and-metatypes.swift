// `AnyObject` as a written type: arrays of objects of different classes, identity with
// `===`, downcasts with `as?`, a weak `AnyObject?`; metatypes compared with `type(of:)`.
class Dog {
    let name: String
    init(name: String) { self.name = name }
}
class Puppy: Dog {}
class Cat {
    var lives = 9
}

let rex = Dog(name: "Rex")
let tom = Cat()
let bit = Puppy(name: "Bit")
let pets: [AnyObject] = [rex, tom, bit, rex]
print(pets.count, pets[0] === pets[3], pets[0] === pets[1], pets[1] !== pets[2])
print(pets.filter { $0 === rex }.count, pets.contains { $0 === tom })
let dogs = pets.compactMap { $0 as? Dog }
print(dogs.map(\.name), pets.compactMap { $0 as? Cat }.map(\.lives))
print(pets.map { $0 is Puppy }, pets.map { $0 is Dog })

var first: AnyObject = rex
print(first === rex, first as? Cat == nil)
first = tom
if let cat = first as? Cat { cat.lives -= 1 }
print(tom.lives)

weak var watcher: AnyObject?
func watchTemporary() {
    let temporary = Cat()
    watcher = temporary
    print(watcher == nil, watcher === temporary)
}
watchTemporary()
print(watcher == nil)
watcher = rex
print(watcher === rex, (watcher as? Dog)?.name ?? "none")

func identical(_ a: AnyObject, _ b: AnyObject) -> Bool { a === b }
print(identical(rex, rex), identical(rex, bit), identical(tom, pets[1]))

print(type(of: rex) == Dog.self, type(of: bit) == Dog.self, type(of: bit) == Puppy.self)
print(Dog.self, Cat.self, type(of: tom) == Cat.self, type(of: tom) != Cat.self)
let things: [Any] = [1, "two", 3.0, rex, bit]
print(things.map { type(of: $0) == Int.self }, things.filter { type(of: $0) == Dog.self }.count)
print(type(of: 2.5) == Double.self, type(of: "x") == String.self, Int.self, String.self)
struct Point { var x = 0.0 }
let shapes: [Any] = [Point(), Point(x: 2), "p"]
print(shapes.filter { type(of: $0) == Point.self }.count, Point.self)
let metatypes = [type(of: rex), type(of: bit)]
print(type(of: Dog.self), metatypes.map { $0 == Dog.self })
