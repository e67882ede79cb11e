// A class instance held by a value of protocol type is cast by its own class: a Dog
// boxed as an Animal is still a Dog, and a Dog boxed directly is an Animal.
protocol Named { var name: String { get } }
class Animal: Named {
    var name: String { "animal" }
    func move(_ steps: inout Int) throws { steps += 1 }
}
class Dog: Animal {
    override var name: String { "dog" }
    override func move(_ steps: inout Int) throws {
        steps += 10
        throw Tired()
    }
}
struct Tired: Error {}

let pet: Animal = Dog()
let boxedAsAnimal: any Named = pet
let boxedAsDog: any Named = Dog()
print(boxedAsAnimal is Dog, (boxedAsAnimal as? Dog)?.name ?? "none")
print(boxedAsDog is Animal, (boxedAsDog as? Animal)?.name ?? "none")
print(boxedAsDog as? Int == nil)

// An overriding method that throws still writes its inout argument back.
var steps = 0
do { try pet.move(&steps) } catch { print("tired after", steps) }
