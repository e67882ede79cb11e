for i in 1...20 where i % 3 == 0 {
    print(i, terminator: " ")
}
print()
let words = ["apple", "kiwi", "banana", "fig"]
for w in words where w.count > 3 {
    print(w)
}
for (i, w) in words.enumerated() where i % 2 == 1 {
    print(i, w)
}
var total = 0
for x in [3, -1, 4, -1, 5] where x > 0 { total += x }
print(total)
for _ in 0..<3 { print("*", terminator: "") }
print()
for c in "hello" where c != "l" { print(c, terminator: "") }
print()
let matrix = [[1, 2], [3, 4]]
for row in matrix {
    for v in row where v != 2 {
        print(v, terminator: ",")
    }
}
print()
var squares = [Int]()
for n in stride(from: 1, through: 9, by: 2) where n != 5 {
    squares.append(n * n)
}
print(squares)
for var n in 1...3 {
    n *= 100
    print(n)
}
