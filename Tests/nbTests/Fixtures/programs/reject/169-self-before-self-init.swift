print("before")
class Grid {
    var cells: [Double]
    init(cells: [Double]) { self.cells = cells }
    convenience init(size: Int) {
        let n = size * size
        print("making", n, cells.count)
        self.init(cells: Array(repeating: 0, count: n))
    }
}
