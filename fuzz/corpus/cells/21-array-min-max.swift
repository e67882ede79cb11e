// min() and max() return optionals: nil for an empty array.
let xs = [3, -2, 9, 4]
print(xs.min() as Any)
print(xs.max() as Any)
print(xs.min()!, xs.max()!)
let empty: [Int] = []
print(empty.min() as Any, empty.max() as Any)
print(empty.max() ?? 0)
let ds = [2.5, -0.5, 7.25]
print(ds.max()!, ds.min()!)
print(["pear", "apple", "zucchini"].max()!)
print(["pear", "apple", "zucchini"].min { $0.count < $1.count }!)
let bounds = (min: xs.min()!, max: xs.max()!)
print(bounds)
func extremes(_ values: [Int]) -> (min: Int, max: Int)? {
    guard let lo = values.min(), let hi = values.max() else { return nil }
    return (lo, hi)
}
print(extremes(xs) as Any)
print(extremes([]) as Any)
if let e = extremes([5, 1, 3]) { print(e.min, e.max) }
print(xs.max(by: { abs($0) < abs($1) })!)
print(xs.sorted().first!, xs.sorted().last!)
print(String(describing: xs.max()))
let m = xs.max()
print(m == 9, m == nil)
