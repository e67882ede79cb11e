print("before")
func check(_ n: Int) -> Int {
    guard n > 0 else {
        print("negative")
    }
    return n
}
print(check(1))
