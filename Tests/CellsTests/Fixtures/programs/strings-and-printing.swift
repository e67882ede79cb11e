let name = "Swift"
let n = 3
print("Hello, \(name)! \(n + 1) times, \(2.5 * 2)")
print("a", "b", "c", separator: "-", terminator: "!\n")
print([1, 2, 3], ["x", "y"], [1.5, 2.0])
print((1, "two"), (min: -2, max: 9))
let maybe: Int? = 3
let nothing: Int? = nil
print(maybe as Any, nothing as Any, [maybe, nothing])
print(0..<3, 1...4)
print("quote \"inside\" and tab\tend")
print(["a\"b"])
let s = "hello world"
print(s.count, s.uppercased(), s.hasPrefix("he"), s.split(separator: " "))
var greeting = "Hi"
greeting += ", there"
print(greeting, greeting.isEmpty)
print(String(repeating: "ab", count: 3), String(42), String(describing: [1, 2]))
for c in "abc" { print(c, terminator: " ") }
print()

// expect: Hello, Swift! 4 times, 5.0
// expect: a-b-c!
// expect: [1, 2, 3] ["x", "y"] [1.5, 2.0]
// expect: (1, "two") (min: -2, max: 9)
// expect: Optional(3) nil [Optional(3), nil]
// expect: 0..<3 1...4
// expect: quote "inside" and tab	end
// expect: ["a\"b"]
// expect: 11 HELLO WORLD true ["hello", "world"]
// expect: Hi, there false
// expect: ababab 42 [1, 2]
// expect: a b c 
