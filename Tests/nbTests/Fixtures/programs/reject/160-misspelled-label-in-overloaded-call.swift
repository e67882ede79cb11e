print("before")
struct Plot {
    var lines: [String] = []
    mutating func line(_ ys: [Double], label: String? = nil, color: String? = nil) { lines.append(label ?? "") }
    mutating func line(x xs: [Double], _ ys: [Double], label: String? = nil, color: String? = nil) { lines.append("xy") }
    mutating func line(_ ys: [[Double]], label: String? = nil, color: String? = nil) { lines.append("rows") }
}
var plot = Plot()
plot.line([1, 2, 3], colour: "red")
