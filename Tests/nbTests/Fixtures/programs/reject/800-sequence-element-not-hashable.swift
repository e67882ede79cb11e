print("before")
func distinct<S: Sequence>(_ s: S) -> [S.Element] where S.Element: Hashable {
    var seen = Set<S.Element>()
    var out: [S.Element] = []
    for x in s where seen.insert(x).inserted { out.append(x) }
    return out
}
struct Point { var x: Int, y: Int }
print(distinct([Point(x: 1, y: 2)]))
