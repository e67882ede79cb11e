print("a subclass initializes its own properties before super.init")
class Layer {
    let name: String
    init(name: String) { self.name = name }
}
class Dense: Layer {
    var units: Int
    init(units: Int) {
        super.init(name: "dense")
        self.units = units
    }
}
print(Dense(units: 3).units)
