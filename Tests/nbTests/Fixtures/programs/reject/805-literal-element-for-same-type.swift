print("before")
func mean<S: Sequence>(_ xs: S) -> Double where S.Element == Double {
    var sum = 0.0, n = 0
    for x in xs { sum += x; n += 1 }
    return sum / Double(n)
}
print(mean([1.5, "two"]))
