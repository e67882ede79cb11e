print("before")
func scatter(x: [Double], y: [Double], label: String? = nil, size: Double = 3) {}
func scatter(x: [Int], y: [Int], label: String? = nil, size: Double = 3) {}
scatter(x: [1.5, 2], y: [3, 4], size: "large")
