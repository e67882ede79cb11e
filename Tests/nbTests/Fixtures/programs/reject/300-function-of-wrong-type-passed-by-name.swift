print("start")
func shout(_ s: String) -> String { s.uppercased() }
let xs = [1, 2, 3]
print(xs.map(shout))
