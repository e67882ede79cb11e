struct Task: Comparable, CustomStringConvertible {
    var name: String
    var priority: Int
    // Higher priority first: the reverse of the fields' order.
    static func < (a: Task, b: Task) -> Bool { a.priority > b.priority }
    static func == (a: Task, b: Task) -> Bool { a.name.lowercased() == b.name.lowercased() }
    var description: String { "\(name)(\(priority))" }
}
let tasks = [Task(name: "write", priority: 2), Task(name: "read", priority: 5), Task(name: "rest", priority: 1)]
print(tasks.sorted())
print(tasks.min()!, tasks.max()!)
print(tasks.contains(Task(name: "READ", priority: 0)), tasks.firstIndex(of: Task(name: "Rest", priority: 9)) as Any)
var queue = tasks
queue.sort()
print(queue.map { $0.name })
print(min(tasks[0], tasks[1]), max(tasks[0], tasks[1], tasks[2]))
print(Task(name: "a", priority: 1) == Task(name: "A", priority: 2), Task(name: "a", priority: 1) != Task(name: "b", priority: 1))
print([tasks[0], tasks[1]] == [Task(name: "WRITE", priority: 0), Task(name: "Read", priority: 0)])
print(tasks.sorted(by: >).map(\.priority))
let pairs = [(Task(name: "x", priority: 1), 2), (Task(name: "y", priority: 3), 1)]
print(pairs[0] < pairs[1], pairs[0] == pairs[1])
print(tasks.elementsEqual(tasks.reversed().reversed()))
enum Suit: Comparable { case clubs, diamonds, hearts, spades }
print([Suit.spades, .clubs, .hearts].sorted(), [Suit.hearts, .diamonds].max()!)
class Score: Comparable, CustomStringConvertible {
    let points: Int
    init(_ points: Int) { self.points = points }
    static func < (a: Score, b: Score) -> Bool { a.points < b.points }
    static func == (a: Score, b: Score) -> Bool { a.points == b.points }
    var description: String { "Score(\(points))" }
}
let scores = [Score(3), Score(9), Score(1)]
print(scores.sorted(), scores.max()!, scores.min()!)
print(scores.contains(Score(9)), scores.firstIndex(of: Score(1)) as Any, scores[0] == Score(3), scores[0] === scores[0])
