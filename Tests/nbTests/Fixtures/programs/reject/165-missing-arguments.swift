print("before")
func area(width: Double, height: Double) -> Double { width * height }
print(area())
