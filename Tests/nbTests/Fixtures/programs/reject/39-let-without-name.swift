print("before")
let = 5
