print("before")
struct Plot {
    var lines: [[Double]] = []
    mutating func line(_ ys: [Double], label: String? = nil) { lines.append(ys) }
    mutating func line(x xs: [Double], _ ys: [Double], label: String? = nil) { lines.append(ys) }
}
var plot = Plot()
plot.line()
