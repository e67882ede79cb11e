// Substrings keep their base string's indices; String.Index walks a string.
let text = "héllo, wörld"
let comma = text.firstIndex(of: ",")!
let head = text[..<comma]
let rest = text[text.index(after: comma)...]
print(head, rest, head.count, rest.count)
print([head, rest], (head, 1))
print(text.distance(from: text.startIndex, to: comma), text[text.startIndex], text[text.index(before: text.endIndex)])
print(rest.startIndex == text.index(after: comma), rest.first!, rest.dropFirst().first!)
let third = text.index(text.startIndex, offsetBy: 2)
print(text[third], text[third...].prefix(3), text.index(third, offsetBy: 100, limitedBy: text.endIndex) == nil)
print(text.prefix(upTo: third), text.suffix(from: third).count, text.prefix(through: third))
if let o = text.lastIndex(of: "o") { print(text[o...], text.distance(from: o, to: text.endIndex)) }
print(text.firstIndex { $0 == "w" } != nil, text.firstIndex(of: "z") == nil)
let line = "  alpha beta,gamma  delta "
let words = line.split(separator: " ")
print(words, words.count, words.map { $0.count })
print(line.split(separator: " ", maxSplits: 1), line.split(whereSeparator: { $0 == " " || $0 == "," }))
print("a--b----c".split(separator: "--"), "k=v=w".split(separator: "=", maxSplits: 1).map(String.init))
let fields = "12,7,x,3.5".split(separator: ",")
print(fields.map { Int($0) as Any }, fields.compactMap { Double($0) })
let key = fields[0]
print(key == "12", "12" == key, key < "2", key + "!", "#" + key, key.hasPrefix("1"), key.uppercased())
var counts: [Substring: Int] = [:]
for w in "b a b c a b".split(separator: " ") { counts[w, default: 0] += 1 }
print(counts.keys.sorted(), counts["b"]!)
let name = "notebook"
print(name.prefix(1).uppercased() + name.dropFirst(), name.dropLast(4), name.suffix(4).reversed().map { $0 })
print(String(name.reversed()), String(name.dropFirst(2).prefix(3)), name.dropFirst(2).startIndex == name.index(name.startIndex, offsetBy: 2))
var built = ""
for piece in name.split(separator: "o") { built += piece }
built.append("!")
built.append(contentsOf: name.suffix(2))
print(built, built.removeLast(), built)
print(name.prefix(while: { $0 != "e" }), name.drop(while: { $0 != "e" }), name.filter { $0 != "o" })
print(name.contains("book"), name.contains("x"), name.lowercased() == name)
let scalars = "café".unicodeScalars
print(scalars.count, "café".count, scalars.first!, [scalars.first!], Array("ab".unicodeScalars))
for s in "é!".unicodeScalars { print(s, s.isASCII) }
print(Character(UnicodeScalar(65)!), UnicodeScalar(0x3B1) as Any, "x".unicodeScalars)
