print("start")
let z = -0.5
let n = 2
print(max(n, z))
