print("before")
let n = 4
switch n {
case 0: print("zero")
case 1...9: print("digit")
}
