// Lazy evaluation: nothing runs until an element is asked for, and then only what is needed.
// Each closure prints, so the order in which Swift calls them is visible.
let numbers = [1, 2, 3, 4, 5, 6, 7, 8]
func square(_ x: Int) -> Int {
    print("  square", x)
    return x * x
}
func isEven(_ x: Int) -> Bool {
    print("  isEven", x)
    return x % 2 == 0
}
print("eager map and filter:")
let eager = numbers.map(square).filter(isEven)
print(eager)
print("lazy map and filter, built:")
let pipeline = numbers.lazy.map(square).filter(isEven)
print("nothing has run yet")
print("first:")
print(pipeline.first!)
print("for in, stopped early:")
for x in pipeline {
    print("body", x)
    if x > 10 { break }
}
print("Array:")
print(Array(pipeline))
print("count:")
print(pipeline.count)
print("isEmpty:")
print(pipeline.isEmpty)
print("first(where:):")
print(pipeline.first(where: { $0 > 20 })!)
print("contains:")
print(pipeline.contains(16))
print("reduce, interleaved with the map:")
print(numbers.lazy.map(square).reduce(0) { sum, x in
    print("  add", x)
    return sum + x
})
print("filter, then map:")
let evensSquared = numbers.lazy.filter(isEven).map(square)
print(evensSquared.first!)
print(evensSquared.count)
print("subscript of a lazy map: one call")
let squares = numbers.lazy.map(square)
print(squares[3], squares.count)
print("subscript of a lazy filter: the base's element, no test")
let evens = numbers.lazy.filter(isEven)
print(evens[2], evens.first!)
print("a map of a map runs both closures in turn")
let twice = numbers.lazy.map(square).map { (x: Int) -> String in
    print("  describe", x)
    return "<\(x)>"
}
print(twice[1], twice.first!)
print("a filter of a filter tests both, the second only when the first holds")
let both = numbers.lazy.filter(isEven).filter { (x: Int) -> Bool in
    print("  isBig", x)
    return x > 4
}
print(Array(both))
print(both.first!)
