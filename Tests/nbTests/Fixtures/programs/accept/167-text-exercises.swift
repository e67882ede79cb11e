// String exercises of a first course: palindromes, word counts, Caesar cipher, run-length encoding.
func isPalindrome(_ text: String) -> Bool {
    let letters = text.lowercased().filter { $0.isLetter }
    return letters == String(letters.reversed())
}
for text in ["A man, a plan, a canal: Panama", "Swift", "Was it a car or a cat I saw?"] {
    print(isPalindrome(text), text)
}

let sentence = "the quick brown fox jumps over the lazy dog the end"
var counts: [String: Int] = [:]
for word in sentence.split(separator: " ") { counts[String(word), default: 0] += 1 }
for (word, n) in counts.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }).prefix(4) {
    print(word, n)
}

func caesar(_ text: String, shift: Int) -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
    return String(text.map { ch -> Character in
        guard let index = alphabet.firstIndex(of: ch) else { return ch }
        return alphabet[(index + shift % 26 + 26) % 26]
    })
}
let secret = caesar("hello, world", shift: 3)
print(secret, caesar(secret, shift: -3))

func runLength(_ text: String) -> String {
    var result = ""
    var previous: Character?
    var count = 0
    for ch in text {
        if ch == previous {
            count += 1
        } else {
            if let p = previous { result += "\(count)\(p)" }
            previous = ch
            count = 1
        }
    }
    if let p = previous { result += "\(count)\(p)" }
    return result
}
print(runLength("aaabccddddde"), runLength(""), runLength("x"))

let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(sentence.filter { vowels.contains($0) }.count)
print(sentence.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
let words = sentence.split(separator: " ").map(String.init)
print(words.max { $0.count < $1.count } ?? "", Set(words).count)
print(String(sentence.reversed().prefix(7)))
let anagrams = ["listen", "silent", "enlist", "google", "tinsel"]
let groups = Dictionary(grouping: anagrams) { String($0.sorted()) }
for key in groups.keys.sorted() { print(key, groups[key]!) }
print("swift".uppercased(), "Swift".hasPrefix("Sw"), "banana".split(separator: "a").count)
