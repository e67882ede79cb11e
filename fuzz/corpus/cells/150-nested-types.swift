struct Card: CustomStringConvertible {
    enum Suit: String, CaseIterable { case hearts = "♥", spades = "♠" }
    struct Rank: Comparable {
        var value: Int
        static func < (a: Rank, b: Rank) -> Bool { a.value < b.value }
    }
    let suit: Suit
    let rank: Rank
    var description: String { "\(rank.value)\(suit.rawValue)" }
    static func deck() -> [Card] {
        Suit.allCases.flatMap { s in (1...3).map { Card(suit: s, rank: Rank(value: $0)) } }
    }
}
let deck = Card.deck()
print(deck, deck.count)
let s: Card.Suit = .spades
print(s, Card.Suit.hearts.rawValue, [s])
let r = Card.Rank(value: 2)
print(r, [r], r < Card.Rank(value: 3))
print(deck.filter { $0.suit == .hearts }.map(\.rank.value))
struct Point: CustomStringConvertible {
    var x: Double, y: Double
    static var origin: Point { Point(x: 0, y: 0) }
    static var unitVectors: [Point] { [Point(x: 1, y: 0), Point(x: 0, y: 1)] }
    var description: String { "(\(x), \(y))" }
}
print(Point.origin, Point.unitVectors)
let p: Point = .origin
print(p)
