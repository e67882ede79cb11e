print("before")
let s = "1"
if s == 1 {
    print("equal")
}
