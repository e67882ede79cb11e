print("start")
func maxOf<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
print(maxOf(1, "two"))
