print("before")
let a = 1
let b = 2.5
print(a * b)
