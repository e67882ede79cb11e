print("before")
func log(_ s: String) {
    print(s)
    return 1
}
log("x")
