print("start")
func pair<T>(_ a: T, _ b: T) -> [T] { [a, b] }
print(pair(1, 2.5))
pair(1, "x")
