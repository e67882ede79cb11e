print("before")
func scale(_ x: Double, by factor: Double) -> Double { x * factor }
print(scale(2, with: 3))
