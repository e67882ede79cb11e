print("before")
func sumSquares(_ xs: some Sequence<Double>) -> Double { xs.reduce(0) { $0 + $1 * $1 } }
print(sumSquares([1.5, "a"]))
