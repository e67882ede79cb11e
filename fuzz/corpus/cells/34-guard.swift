func safeDivide(_ a: Int, by b: Int) -> Int? {
    guard b != 0 else {
        print("cannot divide \(a) by zero")
        return nil
    }
    return a / b
}
print(safeDivide(10, by: 2) as Any)
print(safeDivide(10, by: 0) as Any)
func firstEven(_ xs: [Int]) -> String {
    guard !xs.isEmpty else { return "empty" }
    guard let e = xs.first(where: { $0 % 2 == 0 }) else { return "no even" }
    return "first even: \(e)"
}
print(firstEven([]))
print(firstEven([1, 3]))
print(firstEven([1, 4, 6]))
func validate(age: Int, name: String) -> String {
    guard age >= 0, age < 150 else { return "bad age \(age)" }
    guard !name.isEmpty else { return "no name" }
    return "\(name) is \(age)"
}
print(validate(age: 30, name: "Bo"))
print(validate(age: -1, name: "Bo"))
print(validate(age: 20, name: ""))
var processed = 0
for x in [1, -2, 3, -4, 5] {
    guard x > 0 else { continue }
    processed += x
}
print(processed)
func sumUntilNegative(_ xs: [Int]) -> Int {
    var s = 0
    for x in xs {
        guard x >= 0 else { break }
        s += x
    }
    return s
}
print(sumUntilNegative([1, 2, 3, -1, 100]))
