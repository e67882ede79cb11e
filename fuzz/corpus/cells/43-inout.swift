func swapValues(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var x = 1, y = 2
swapValues(&x, &y)
print(x, y)
func increment(_ n: inout Int, by step: Int = 1) { n += step }
var counter = 0
increment(&counter)
increment(&counter, by: 10)
print(counter)
func appendSquares(_ xs: inout [Int], upTo n: Int) {
    for i in 1...n { xs.append(i * i) }
}
var squares = [0]
appendSquares(&squares, upTo: 4)
print(squares)
func normalize(_ v: inout [Double]) {
    let total = v.reduce(0, +)
    for i in v.indices { v[i] /= total }
}
var weights = [1.0, 3.0, 4.0]
normalize(&weights)
print(weights)
var grid = [[1, 2], [3, 4]]
increment(&grid[1][0], by: 100)
print(grid)
var pairs = [5, 6]
var spare = 7
swapValues(&pairs[1], &spare)
print(pairs, spare)
func doubleAll(_ xs: inout [Int]) { xs = xs.map { $0 * 2 } }
var values = [1, 2, 3]
doubleAll(&values)
doubleAll(&values)
print(values)
func bubbleSort(_ a: inout [Int]) {
    for i in 0..<a.count {
        for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] {
            a.swapAt(j, j + 1)
        }
    }
}
var data = [5, 3, 8, 1, 9, 2]
bubbleSort(&data)
print(data)
var s = "abc"
func shout(_ t: inout String) { t = t.uppercased() + "!" }
shout(&s)
print(s)
