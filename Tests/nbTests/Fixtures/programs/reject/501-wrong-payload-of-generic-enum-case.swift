print("before")
enum Tree<T> { case leaf, node(T) }
let t: Tree<Int> = .node("x")
print(t)
