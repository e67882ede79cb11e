print("before")
let n = -(-4)
print(n)
