print("before")
struct Person {
    var name: String
    let age: Int
}
var ada = Person(name: "Ada", age: 36)
let ageKey = \Person.age
ada[keyPath: ageKey] = 37
print(ada)
