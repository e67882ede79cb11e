print("a subclass must call its superclass's initializer")
class Vehicle {
    let wheels: Int
    init(wheels: Int) { self.wheels = wheels }
}
class Bike: Vehicle {
    var gears: Int
    init(gears: Int) {
        self.gears = gears
    }
}
print(Bike(gears: 21).wheels)
