print("before")
let x = 10
x = 11
print(x)
