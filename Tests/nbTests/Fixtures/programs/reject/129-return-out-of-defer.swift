print("start")
func value(_ flag: Bool) -> Int {
    defer {
        if flag { return }
    }
    return 1
}
print(value(true))
