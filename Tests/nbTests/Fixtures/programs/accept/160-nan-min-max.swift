// Swift's min and max are `y < x ? y : x` and `y >= x ? y : x`: a NaN in either place decides.
let nan = Double.nan
let values: [Double] = [1, -1, 0, -0.0, .infinity, -.infinity, nan]
for a in values {
    var line = ""
    for b in values {
        line += "max(\(a), \(b)) = \(max(a, b)); min = \(min(a, b))  "
    }
    print(line)
}
print(max(nan, 1.0, 2.0), max(1.0, nan, 2.0), max(1.0, 2.0, nan))
print(min(nan, 1.0, 2.0), min(1.0, nan, 2.0), min(1.0, 2.0, nan))
print(max(0.0, -0.0).sign == .minus, min(0.0, -0.0).sign == .minus)
print(max(-0.0, 0.0).sign == .minus, min(-0.0, 0.0).sign == .minus)
let z = -2.5
let relu = max(0, z)
print(relu, max(z, 0), min(1, z))
print([3.0, nan, 1.0].max()!, [nan, 3.0, 1.0].max()!, [3.0, nan, 1.0].min()!, [nan, 3.0].min()!)
struct Version: Comparable {
    var major: Int
    var tag: String
    static func < (a: Version, b: Version) -> Bool { a.major < b.major }
}
let v1 = Version(major: 1, tag: "first"), v2 = Version(major: 1, tag: "second")
print(max(v1, v2).tag, min(v1, v2).tag)
print(max(v1, v2, Version(major: 1, tag: "third")).tag, min(v1, v2, Version(major: 1, tag: "third")).tag)
print(max(3, 7), min(3, 7), max("pear", "apple"), min("pear", "apple"))
