print("before")
let n = 3
if n {
    print("nonzero")
}
