print("before")
func total(_ xs: [Int]) -> Int { xs.reduce(0, +) }
func total(_ xs: Set<Int>) -> Int { xs.reduce(0, +) }
print(total(7))
