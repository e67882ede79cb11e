func describe(_ n: Int) -> String {
    switch n {
    case Int.min..<0:
        return "negative"
    case 0:
        return "zero"
    case 1...9:
        return "digit"
    case 10, 20, 30:
        return "round"
    case 11..<100:
        return "two digits"
    default:
        return "big"
    }
}
for n in [-7, 0, 5, 20, 42, 1000] { print(n, describe(n)) }
let grade = 87.5
switch grade {
case 90...:
    print("A")
case 80..<90:
    print("B")
case ..<80:
    print("C or below")
default:
    print("unreachable")
}
let word = "swift"
switch word {
case "python", "ruby":
    print("scripting")
case "swift", "rust":
    print("compiled")
default:
    print("unknown")
}
let c: Character = "e"
switch c {
case "a", "e", "i", "o", "u":
    print("vowel")
default:
    print("consonant")
}
let size = 3
let name: String
switch size {
case 0: name = "none"
case 1: name = "one"
case 2...4: name = "few"
default: name = "many"
}
print(name)
let n = 12
let kind = switch n % 3 {
case 0: "divisible"
default: "not divisible"
}
print(kind)
