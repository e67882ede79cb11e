// A description that interpolates values of its own type.
indirect enum Expr: CustomStringConvertible {
    case num(Double)
    case variable(String)
    case add(Expr, Expr)
    case mul(Expr, Expr)
    case neg(Expr)

    var description: String {
        switch self {
        case .num(let v): return "\(v)"
        case .variable(let name): return name
        case .add(let l, let r): return "(\(l) + \(r))"
        case .mul(let l, let r): return "\(l) * \(r)"
        case .neg(let e): return "-\(e)"
        }
    }

    func evaluate(_ x: Double) -> Double {
        switch self {
        case .num(let v): return v
        case .variable: return x
        case .add(let l, let r): return l.evaluate(x) + r.evaluate(x)
        case .mul(let l, let r): return l.evaluate(x) * r.evaluate(x)
        case .neg(let e): return -e.evaluate(x)
        }
    }

    var derivative: Expr {
        switch self {
        case .num: return .num(0)
        case .variable: return .num(1)
        case .add(let l, let r): return .add(l.derivative, r.derivative)
        case .mul(let l, let r): return .add(.mul(l.derivative, r), .mul(l, r.derivative))
        case .neg(let e): return .neg(e.derivative)
        }
    }
}

let e = Expr.add(.num(2), .num(3))
print(e)
let f = Expr.add(.mul(.variable("x"), .variable("x")), .neg(.num(1)))
print(f, "at 3 is", f.evaluate(3))
print("d/dx", f.derivative, "at 3 is", f.derivative.evaluate(3))
print([e, f])
print("e = \(e)")
let maybe: Expr? = e
print(maybe!)
print(String(describing: f))

struct Tree: CustomStringConvertible {
    var value: Int
    var children: [Tree]
    var description: String {
        children.isEmpty ? "\(value)" : "\(value)\(children)"
    }
}
let t = Tree(value: 1, children: [Tree(value: 2, children: []), Tree(value: 3, children: [Tree(value: 4, children: [])])])
print(t)
print("tree: \(t)")

final class Person: CustomStringConvertible {
    let name: String
    var friend: Person?
    init(_ name: String) { self.name = name }
    var description: String { friend.map { "\(name) (friend of \($0.name))" } ?? name }
}
let ann = Person("Ann"), bob = Person("Bob")
ann.friend = bob
print(ann, bob)
print([ann, bob])
