print("before")
func total(_ values: [Int]) -> Int { values.reduce(0, +) }
let xs = [1, 2, 3, 4]
print(total(xs[1...]))
