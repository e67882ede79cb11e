// A range of integers is its own subsequence: prefix, suffix, dropFirst and dropLast of a
// range are ranges, used for differences of neighbours and for windows of indices.
let r = 0..<5
print(r.dropFirst(), r.prefix(2), r.suffix(2), r.dropLast(3), (3..<4).dropFirst(5), r.dropFirst(2).count)
let xs = [10, 20, 35, 40]
print(xs.indices.dropFirst().map { xs[$0] - xs[$0 - 1] })
print(xs.indices.dropLast().map { Double(xs[$0 + 1]) / Double(xs[$0]) })
let u: Range<UInt8> = 250..<255
print(u.prefix(2), Array(u.suffix(1)), u.dropFirst(10).isEmpty)
func movingSums(_ values: [Int], window: Int) -> [Int] {
    values.indices.dropLast(window - 1).map { start in
        (start..<(start + window)).reduce(0) { $0 + values[$1] }
    }
}
print(movingSums([1, 2, 3, 4, 5], window: 3), movingSums([7], window: 1))
for i in (0..<10).dropFirst(7) { print(i, terminator: " ") }
print()
