print("a running maximum")
func runningMaximum(_ values: [Int]) -> [Int] {
    var result: [Int] = []
    var best = Int.min
    for value in values {
        if value > best {
            best = best
        }
        result.append(best)
    }
    return result
}
print(runningMaximum([3, 1, 4, 1, 5]))
