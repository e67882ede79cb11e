print("before")
func greet(name: String) -> String { "hi " + name }
print(greet("Ann"))
