let text = "it was the best of times it was the worst of times"
var freq = [String: Int]()
for w in text.split(separator: " ") { freq[String(w), default: 0] += 1 }
let top = freq.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4)
for (w, n) in top { print(w, n) }
func twoSum(_ xs: [Int], _ target: Int) -> (Int, Int)? {
    var seen = [Int: Int]()
    for (i, x) in xs.enumerated() {
        if let j = seen[target - x] { return (j, i) }
        seen[x] = i
    }
    return nil
}
print(twoSum([2, 7, 11, 15], 9) as Any, twoSum([1, 2], 10) as Any)
var graph: [String: [String]] = ["a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []]
func bfs(from start: String) -> [String] {
    var order = [start], queue = [start], visited: Set = [start]
    while !queue.isEmpty {
        let node = queue.removeFirst()
        for next in graph[node, default: []] where !visited.contains(next) {
            visited.insert(next)
            order.append(next)
            queue.append(next)
        }
    }
    return order
}
print(bfs(from: "a"))
graph["d"] = ["a"]
print(bfs(from: "c"))
var memo: [Int: Int] = [:]
func ways(_ n: Int) -> Int {
    if n <= 1 { return 1 }
    if let m = memo[n] { return m }
    let r = ways(n - 1) + ways(n - 2)
    memo[n] = r
    return r
}
print(ways(50), memo.count)
let inventory = ["apple": 3, "pear": 0, "fig": 12]
let inStock = inventory.filter { $0.value > 0 }.keys.sorted()
print(inStock)
let total = inventory.values.reduce(0, +)
print(total)
