print("start")
struct Stack<Element> { var items: [Element] = [] }
var s = Stack<Int>()
s.items.append("x")
