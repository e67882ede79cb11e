// A generic Stack<T> and Queue<T>, with a balanced-brackets check and an RPN calculator.
struct Stack<Element>: CustomStringConvertible {
    private var items: [Element] = []
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    var top: Element? { items.last }
    mutating func push(_ item: Element) { items.append(item) }
    @discardableResult
    mutating func pop() -> Element? { items.popLast() }
    var description: String { "Stack\(items)" }
}

struct Queue<Element> {
    private var inbox: [Element] = []
    private var outbox: [Element] = []
    var isEmpty: Bool { inbox.isEmpty && outbox.isEmpty }
    mutating func enqueue(_ x: Element) { inbox.append(x) }
    mutating func dequeue() -> Element? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox = []
        }
        return outbox.popLast()
    }
}

var s = Stack<Int>()
for i in 1...5 { s.push(i * i) }
print(s, s.count, s.top ?? -1)
s.pop()
print(s.pop() ?? 0, s)

func balanced(_ text: String) -> Bool {
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    var stack = Stack<Character>()
    for ch in text {
        if "([{".contains(ch) {
            stack.push(ch)
        } else if let open = pairs[ch] {
            guard stack.pop() == open else { return false }
        }
    }
    return stack.isEmpty
}
for text in ["(a[b]{c})", "(]", "((", "{[()()]}", ""] {
    print("\"\(text)\"", balanced(text))
}

func rpn(_ expression: String) -> Double? {
    var stack = Stack<Double>()
    for token in expression.split(separator: " ") {
        if let value = Double(token) {
            stack.push(value)
            continue
        }
        guard let b = stack.pop(), let a = stack.pop() else { return nil }
        switch token {
        case "+": stack.push(a + b)
        case "-": stack.push(a - b)
        case "*": stack.push(a * b)
        case "/": stack.push(a / b)
        default: return nil
        }
    }
    return stack.count == 1 ? stack.pop() : nil
}
print(rpn("3 4 + 2 *") ?? .nan, rpn("5 1 2 + 4 * + 3 -") ?? .nan, rpn("1 +") == nil)

var q = Queue<String>()
for name in ["ada", "grace", "alan"] { q.enqueue(name) }
print(q.dequeue() ?? "-")
q.enqueue("edsger")
var order: [String] = []
while let next = q.dequeue() { order.append(next) }
print(order, q.isEmpty)
