print("before")
let small: Int8 = 5
let count = 3
print(small * count)
