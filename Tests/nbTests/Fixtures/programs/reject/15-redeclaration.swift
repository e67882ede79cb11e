print("before")
let total = 1
let total = 2
print(total)
