print("before")
let n = 3
if n > 2 {
    break
}
