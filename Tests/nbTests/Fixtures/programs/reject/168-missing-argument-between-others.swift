print("before")
func clamp(_ value: Double, low: Double, high: Double) -> Double { min(max(value, low), high) }
print(clamp(1.5, high: 1))
