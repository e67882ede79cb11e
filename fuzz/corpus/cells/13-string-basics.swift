let greeting = "Hello"
let name = "World"
let message = greeting + ", " + name + "!"
print(message)
print(message.count)
print(message.isEmpty, "".isEmpty)
print(message.uppercased())
print(message.lowercased())
print(message.hasPrefix("Hell"), message.hasSuffix("?"))
print(message.contains("lo, W"))
print(String(message.reversed()))
print(message.first!, message.last!)
print(Array("abc"))
let words = "the quick brown fox".split(separator: " ")
print(words)
print(words.count)
print(words.map { String($0) })
print(words.map { $0.count })
let joined = words.joined(separator: "-")
print(joined)
var built = ""
for w in ["a", "b", "c"] { built += w + w }
print(built)
print(String(repeating: "=", count: 12))
print(String(repeating: "ab", count: 3))
let multi = """
    first line
      indented "quoted"
    last line
    """
print(multi)
print("x".isEmpty ? "empty" : "has text")
print("abc" == "abc", "abc".count == 3)
let letters = "swift"
for c in letters { print(c, terminator: ".") }
print()
print(letters.sorted())
print(String(letters.sorted()))
