// An extension constrained by a same-type requirement applies only where it holds,
// and types nest inside nested enums.
extension Dictionary where Key == String {
    func totalKeyLength() -> Int { keys.reduce(0) { $0 + $1.count } }
}
let words = ["ab": 1, "cde": 2]
print(words.totalKeyLength())
let numbers = [1: 1, 2: 4]
print(numbers.count)

struct Deck {
    enum Suit {
        case hearts, spades
        struct Style { var symbol = "♠" }
    }
}
print(Deck.Suit.Style().symbol, Deck.Suit.hearts)

var text = "abc"
text.append("de")
text.append(Character("f"))
text.append(contentsOf: ["g", "h"])
print(text, text.removeLast(), text.removeFirst(), text)
