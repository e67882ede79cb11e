// A text exercise: bars and frames drawn with repeated characters and strings.
let counts = [3, 0, 5, 1]
let bar: Character = "#"
for (i, n) in counts.enumerated() {
    print("row \(i): " + String(repeating: bar, count: n) + String(repeating: ".", count: 5 - n))
}
let dash: Character = "-"
let title = "histogram"
let rule = String(repeating: dash, count: title.count + 4)
print(rule)
print("| " + title + " |")
print(rule)
print(String(repeating: "ab", count: 3), String(repeating: "x", count: 0).isEmpty)
let letters: [Character] = ["a", "b", "c"]
print(letters.map { String(repeating: $0, count: 2) }.joined(separator: " "))
let widths = [1, 2, 3].map { String(repeating: Character("*"), count: $0) }
print(widths, widths.map(\.count))
