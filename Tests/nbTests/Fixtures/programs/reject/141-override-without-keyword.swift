print("an override must say so")
class Shape {
    func area() -> Double { 0 }
}
class Square: Shape {
    var side = 2.0
    func area() -> Double { side * side }
}
print(Square().area())
