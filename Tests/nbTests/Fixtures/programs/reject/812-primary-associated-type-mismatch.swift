print("before")
protocol Stack<Element> {
    associatedtype Element
    var items: [Element] { get }
}
struct WordStack: Stack {
    var items: [String] = []
}
func total<S: Stack<Int>>(_ s: S) -> Int { s.items.reduce(0, +) }
print(total(WordStack()))
