print("a base-class value is not a subclass value without a cast")
class Animal {}
class Cat: Animal {
    func purr() -> String { "prr" }
}
let pets: [Animal] = [Cat(), Animal()]
let cat: Cat = pets[0]
print(cat.purr())
