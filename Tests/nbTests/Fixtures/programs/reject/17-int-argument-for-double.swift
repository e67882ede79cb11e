print("before")
func root(_ x: Double) -> Double { x.squareRoot() }
let n = 16
print(root(n))
