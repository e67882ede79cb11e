func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}
let header = ["n", "n^2", "n^3", "1/n"]
print(header.map { pad($0, 8) }.joined())
for n in 1...6 {
    let cells = [String(n), String(n * n), String(n * n * n), String(1.0 / Double(n))]
    print(cells.map { pad($0, 8) }.joined(separator: " "))
}
let rows = [("alpha", 1.5), ("beta", -22.25), ("gamma", 1000.0)]
let width = rows.map { $0.0.count }.max()! + 2
for (name, value) in rows {
    print(name + String(repeating: ".", count: width - name.count) + "\(value)")
}
print(String(repeating: "-", count: 20))
var bar = ""
for v in [3, 7, 1, 5] {
    bar += String(repeating: "#", count: v) + "\n"
}
print(bar, terminator: "")
