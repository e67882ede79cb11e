print("start")
struct Problem { var message: String }
func check(_ x: Int) throws {
    if x < 0 {
        throw Problem(message: "negative")
    }
}
try check(1)
