print("before")
func half(_ n: Int) -> Int {
    return Double(n) / 2
}
print(half(3))
