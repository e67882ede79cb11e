print("before")
extension Sequence where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
struct Point { var x: Int, y: Int }
print([Point(x: 1, y: 2)].uniqued())
