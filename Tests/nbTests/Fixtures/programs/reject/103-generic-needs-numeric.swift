print("start")
func total<T: Comparable>(_ xs: [T]) -> T {
    var sum = xs[0]
    for x in xs { sum = sum + x }
    return sum
}
