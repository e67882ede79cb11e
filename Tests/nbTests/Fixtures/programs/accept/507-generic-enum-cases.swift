// Generic enums built from their cases, their arguments inferred from the payload or written:
// an expression tree over any numeric type with an operator, a pair that is Equatable, a stack.
enum Expr<T: Numeric & CustomStringConvertible>: CustomStringConvertible {
    case value(T)
    indirect case add(Expr<T>, Expr<T>)
    indirect case mul(Expr<T>, Expr<T>)
    var description: String {
        switch self {
        case .value(let v): return v.description
        case .add(let a, let b): return "(\(a) + \(b))"
        case .mul(let a, let b): return "\(a) * \(b)"
        }
    }
    func evaluate() -> T {
        switch self {
        case .value(let v): return v
        case .add(let a, let b): return a.evaluate() + b.evaluate()
        case .mul(let a, let b): return a.evaluate() * b.evaluate()
        }
    }
    static func + (l: Expr<T>, r: Expr<T>) -> Expr<T> { .add(l, r) }
}
let e = Expr<Int>.add(.value(2), .mul(.value(3), .value(4)))
print(e, e.evaluate(), [e])
let d = Expr.value(1.5) + Expr.value(2.0)
print(d, d.evaluate())
enum Pair<A: Equatable>: Equatable { case one(A), two(A, A) }
print(Pair.one(1) == Pair.one(1), Pair<Int>.two(1, 2) == .two(1, 3), Pair.one("a") != .one("b"))
enum Stack<Element> {
    case empty
    indirect case push(Element, Stack<Element>)
    static var new: Stack<Element> { .empty }
    var top: Element? { if case .push(let x, _) = self { return x }; return nil }
}
let s = Stack<Int>.new
print(s, Stack.push(3, s).top as Any, Stack<String>.push("x", .empty))
