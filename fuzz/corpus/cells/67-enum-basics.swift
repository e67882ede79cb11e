enum Direction {
    case north, east, south, west
    var opposite: Direction {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
    func turnedRight() -> Direction {
        switch self {
        case .north: .east
        case .east: .south
        case .south: .west
        case .west: .north
        }
    }
}
let d = Direction.north
print(d)
print(d.opposite, d.turnedRight(), d.turnedRight().turnedRight())
var heading = Direction.east
for _ in 0..<5 {
    heading = heading.turnedRight()
    print(heading, terminator: " ")
}
print()
print(heading == .west, heading != .north)
print([Direction.north, .south])
enum Planet: Int, CaseIterable {
    case mercury = 1, venus, earth, mars
}
print(Planet.earth.rawValue)
print(Planet(rawValue: 4) as Any, Planet(rawValue: 9) as Any)
print(Planet.allCases)
print(Planet.allCases.map { $0.rawValue })
enum Suit: String {
    case hearts = "♥", spades = "♠"
    case clubs
}
print(Suit.hearts.rawValue, Suit.clubs.rawValue, Suit.spades)
func describe(_ p: Planet) -> String {
    switch p {
    case .earth: return "home"
    case .mercury, .venus: return "inner"
    default: return "outer"
    }
}
print(Planet.allCases.map(describe))
