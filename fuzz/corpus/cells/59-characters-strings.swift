let word = "Mississippi"
var counts = [Character: Int]()
for c in word { counts[c, default: 0] += 1 }
for key in counts.keys.sorted() { print(key, counts[key]!) }
print(word.filter { $0 != "s" })
print(word.map { $0 == "i" ? "I" : String($0) }.joined())
print(word.lowercased().filter { "aeiou".contains($0) }.count)
func isPalindrome(_ s: String) -> Bool {
    let letters = s.lowercased().filter { $0.isLetter }
    return letters == String(letters.reversed())
}
for s in ["Racecar", "A man, a plan, a canal: Panama", "Swift"] {
    print(s, isPalindrome(s))
}
let c: Character = "7"
print(c.isNumber, c.isLetter, c.wholeNumberValue!)
print(Character("a") < Character("b"))
print("abc".contains("b"), "abc".firstIndex(of: "c") != nil)
let caesar = String("hello".map { ch -> Character in
    let v = ch.asciiValue! - 97
    return Character(UnicodeScalar((v + 3) % 26 + 97))
})
print(caesar)
print("Hello World".split(separator: " ").map { $0.lowercased() })
print("a,b,,c".split(separator: ",", omittingEmptySubsequences: false))
print(String(repeating: "ab", count: 2).count)
let title = "notebook"
print(title.prefix(1).uppercased() + title.dropFirst())
var acc = ""
for (i, ch) in "xyz".enumerated() { acc += String(repeating: String(ch), count: i + 1) }
print(acc)
print(Array("hello").count, Set("hello").count)
