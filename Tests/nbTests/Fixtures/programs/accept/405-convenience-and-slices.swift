// A convenience initializer that delegates in each branch of an if/else.
class Temperature {
    let kelvin: Double
    init(kelvin: Double) { self.kelvin = kelvin }
    convenience init(_ value: Double, unit: String) {
        if unit == "C" {
            self.init(kelvin: value + 273.15)
        } else if unit == "F" {
            self.init(kelvin: (value - 32) * 5 / 9 + 273.15)
        } else {
            self.init(kelvin: value)
        }
    }
    convenience init(text: String) {
        let unit = String(text.last!)
        let number = Double(text.dropLast())!
        self.init(number, unit: unit)
    }
}
for t in [Temperature(100, unit: "C"), Temperature(212, unit: "F"), Temperature(3, unit: "K"), Temperature(text: "0C")] {
    print(t.kelvin)
}

// Slices of slices keep the original indices.
let a = [10, 20, 30, 40, 50, 60, 70]
let s1 = a[1...]
let s2 = s1[3...]
print(s1, s2, s2.startIndex, a[1...][2...], a[1...][2...].first!)
print(a[2..<6][3...], a[...4][1..<3], a[1...][2...][5])
let text = "notebook cells"
print(text.dropFirst(2).dropLast(3), text.split(separator: " ")[1].dropFirst())
