print("before")
let n = 5
print(n!)
