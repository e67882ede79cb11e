// Associated types with a default: a conformer that neither names nor infers one gets it.
protocol Measured {
    associatedtype Unit = Double
    associatedtype Label = String
    var name: Label { get }
    func size() -> Int
}

struct Rod: Measured {
    var name: String
    func size() -> Int { name.count }
}

struct Tag: Measured {
    typealias Unit = Int
    var name: Int
    func size() -> Int { name }
}

func describe<M: Measured>(_ m: M, in unit: M.Unit) -> String {
    "\(m.name) of size \(m.size()) in \(unit)"
}

func unitZero<M: Measured>(_ m: M) -> M.Unit where M.Unit: AdditiveArithmetic {
    M.Unit.zero
}

print(describe(Rod(name: "steel"), in: 2.5))
print(describe(Tag(name: 7), in: 3))
print(unitZero(Rod(name: "a")), unitZero(Tag(name: 1)))
let units: [Rod.Unit] = [1, 2.5]
print(units, Tag.Unit.max > 0)
