print("before")
func root<T: BinaryInteger>(_ x: T) -> T {
    return x.squareRoot()
}
print(root(16))
