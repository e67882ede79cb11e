print("before")
func f() {
    continue
}
f()
