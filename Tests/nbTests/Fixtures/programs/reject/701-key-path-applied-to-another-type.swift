print("before")
struct Person { var name: String }
struct Pet { var name: String }
let nameKey = \Person.name
let rex = Pet(name: "Rex")
print(rex[keyPath: nameKey])
