print("before")
func shout(_ s: String) -> String { s.uppercased() }
print(shout(42))
