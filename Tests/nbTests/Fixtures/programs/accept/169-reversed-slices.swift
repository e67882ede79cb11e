// Slices of a reversed collection: prefix, suffix, dropFirst and dropLast on reversed(),
// turned into arrays and strings, iterated, counted and printed as Swift prints them.
let xs = [1, 2, 3, 4, 5, 6]
print(Array(xs.reversed().prefix(2)), Array(xs.reversed().suffix(2)))
print(Array(xs.reversed().dropFirst(4)), Array(xs.reversed().dropLast()), Array(xs.reversed().dropFirst()))
print(Array(xs.reversed().prefix(10)), Array(xs.reversed().dropFirst(10)))
print(xs.reversed().prefix(2))
print("abc".reversed().prefix(2))
print("héllo".reversed().dropFirst(1))
print(String("hello".reversed().prefix(3)), xs.reversed().dropFirst(1).count)
for x in xs.reversed().prefix(3) { print(x, terminator: " ") }
print()
print(xs.reversed().prefix(2).map { $0 * 10 }, [xs.reversed().prefix(1)])

func lastWords(_ sentence: String, _ n: Int) -> String {
    let words = sentence.split(separator: " ")
    return words.reversed().prefix(n).reversed().joined(separator: " ")
}
print(lastWords("the quick brown fox jumps", 2))
let tail = String("palindrome".reversed().prefix(4).reversed())
print(tail)
