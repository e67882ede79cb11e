print("a base-class reference offers only the base class's methods")
class Animal {
    func speak() -> String { "..." }
}
class Dog: Animal {
    override func speak() -> String { "Woof" }
    func fetch() -> String { "got it" }
}
let pet: Animal = Dog()
print(pet.speak())
print(pet.fetch())
