print("start")
let counts = [1, 2, 3]
print(counts.map(String.init))
let means = [1.5, 2.25]
// For a Double, `init(_:)` and `init(describing:)` are equally specific.
print(means.map(String.init))
