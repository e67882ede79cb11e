print("before")
class Dog {}
var pets: [AnyObject] = [Dog()]
pets.append(Dog())
let count = 3
pets.append(count)
print(pets.count)
