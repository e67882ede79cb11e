print("before")
let x: Int = "five"
print(x)
