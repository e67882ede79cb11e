// prefix and dropFirst of lazy collections, and the memo-free pipelines of a lecture.
let scores = [72, 95, 58, 88, 100, 43, 91, 67, 85]
func passed(_ s: Int) -> Bool {
    print("  test", s)
    return s >= 60
}
// prefix(k) of a lazy filter finds its start, walks k passing elements, then finds the start again.
let firstThree = scores.lazy.filter(passed).prefix(3)
print(firstThree)
print(type(of: firstThree))
print(Array(firstThree))
print(firstThree.count, firstThree.first!)
// dropFirst(k) walks the same way; the rest stays lazy.
let afterTwo = scores.lazy.filter(passed).dropFirst(2)
print(type(of: afterTwo))
print(afterTwo.first!)
print(Array(afterTwo.map { $0 / 10 }))
// prefix of a lazy map: the indices are the array's, no call until an element is read.
func grade(_ s: Int) -> String {
    print("  grade", s)
    return s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : s >= 60 ? "D" : "F"
}
let grades = scores.lazy.map(grade)
let top = grades.prefix(4)
print(type(of: top))
print(top[1], top.count)
print(Array(grades.dropFirst(6)))
print(Array(grades.dropFirst()), grades.dropFirst(20).isEmpty)
// A slice keeps the array's indices.
let tail = scores.lazy.map { $0 + 1 }.dropFirst(7)
print(tail[8], tail.first!, tail)
// On a range: the indices are the numbers themselves.
let oddSquares = (1..<20).lazy.filter { $0 % 2 == 1 }.map { $0 * $0 }
print(Array(oddSquares.prefix(4)), oddSquares.dropFirst(8).first!, oddSquares[5])
print(oddSquares.prefix(2))
// Memo-free: the pipeline is recomputed each time it is read.
var calls = 0
let expensive = (1...6).lazy.map { (n: Int) -> Int in
    calls += 1
    return n * n * n
}
print(expensive.reduce(0, +), expensive.reduce(0, +), calls)
print(expensive.first!, expensive.count, calls)
let cached = Array(expensive)
print(cached, calls)
print(cached.reduce(0, +), cached.reduce(0, +), calls)
// Mean of the passing scores, one pass each for the sum and the count.
let passing = scores.lazy.filter { $0 >= 60 }
let mean = Double(passing.reduce(0, +)) / Double(passing.count)
print(mean)
// A slice of an array made lazy.
let middle = scores[2..<7].lazy.filter(passed)
print(Array(middle), middle.first!, middle[3])
