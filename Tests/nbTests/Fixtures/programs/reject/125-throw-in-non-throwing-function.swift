print("start")
enum Limit: Error { case exceeded(Int) }
func clamp(_ x: Int) -> Int {
    if x > 100 {
        throw Limit.exceeded(x)
    }
    return x
}
print(clamp(5))
