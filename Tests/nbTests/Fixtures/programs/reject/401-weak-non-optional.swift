print("before")
class Node {
    var children: [Node] = []
    weak var parent: Node
    init(parent: Node) { self.parent = parent }
}
