// Operator functions with generic parameters.
infix operator .*: MultiplicationPrecedence
infix operator ≈: ComparisonPrecedence

func .* <T: Numeric>(lhs: [T], rhs: [T]) -> [T] {
    zip(lhs, rhs).map { $0 * $1 }
}

func ≈ <T: FloatingPoint>(lhs: T, rhs: T) -> Bool {
    let scale = lhs.magnitude > rhs.magnitude ? lhs.magnitude : rhs.magnitude
    return (lhs - rhs).magnitude <= (scale > 1 ? scale : 1) / 1_000_000
}

print([1, 2, 3] .* [4, 5, 6])
print([0.5, 1.5] .* [2.0, 4.0])
print(0.1 + 0.2 ≈ 0.3, 0.1 + 0.2 == 0.3, Float(1) / 3 * 3 ≈ 1, 1.0 ≈ 1.1)

struct Pair<T> {
    var first: T
    var second: T
}

func + <T>(lhs: Pair<T>, rhs: T) -> [T] {
    [lhs.first, lhs.second, rhs]
}

func == <T: Equatable>(lhs: [T?], rhs: T) -> Bool {
    lhs.allSatisfy { $0 == rhs }
}

print(Pair(first: 1, second: 2) + 3)
print(Pair(first: "x", second: "y") + "z")
print([Optional(2), 2] == 2, [nil, Optional(2)] == 2)
print(1 + 2, 2 == 2, [1, 2] == [1, 2])
