print("start")
protocol Named { var name: String { get } }
struct Dog: Named { var name: String }
let pets: [any Named] = [Dog(name: "Rex")]
print(pets[0].age)
