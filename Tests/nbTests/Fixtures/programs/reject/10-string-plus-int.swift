print("before")
let label = "count: "
let n = 3
print(label + n)
