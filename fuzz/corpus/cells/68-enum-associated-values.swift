enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case triangle(Double, Double, Double)
    var area: Double {
        switch self {
        case .circle(let r):
            return 3 * r * r
        case let .rectangle(w, h):
            return w * h
        case .triangle(let a, let b, let c):
            let s = (a + b + c) / 2
            return (s * (s - a) * (s - b) * (s - c)).squareRoot()
        }
    }
}
let shapes: [Shape] = [.circle(radius: 2), .rectangle(width: 3, height: 4.5), .triangle(3, 4, 5)]
for s in shapes { print(s, s.area) }
print(shapes.map { $0.area }.reduce(0, +))
enum Token {
    case number(Int)
    case op(Character)
    case end
}
let tokens: [Token] = [.number(3), .op("+"), .number(4), .op("*"), .number(2), .end]
var stack = [Int]()
var pending: Character? = nil
for t in tokens {
    switch t {
    case .number(let n):
        if let op = pending, let lhs = stack.popLast() {
            stack.append(op == "+" ? lhs + n : lhs * n)
            pending = nil
        } else {
            stack.append(n)
        }
    case .op(let c):
        pending = c
    case .end:
        print("result", stack)
    }
}
print(tokens[0], tokens[1], tokens[5])
enum Outcome {
    case success(value: Int)
    case failure(message: String)
}
func parse(_ s: String) -> Outcome {
    if let n = Int(s) { return .success(value: n) }
    return .failure(message: "bad input '\(s)'")
}
for s in ["12", "x"] {
    let o = parse(s)
    print(o)
    if case .success(let v) = o { print("got", v) }
    if case let .failure(message) = o { print("error:", message) }
}
enum Tree {
    case leaf(Int)
    indirect case node(Tree, Tree)
    var sum: Int {
        switch self {
        case .leaf(let v): return v
        case .node(let l, let r): return l.sum + r.sum
        }
    }
}
let tree = Tree.node(.leaf(1), .node(.leaf(2), .leaf(3)))
print(tree.sum)
