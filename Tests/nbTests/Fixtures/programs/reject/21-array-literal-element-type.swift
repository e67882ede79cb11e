print("before")
let xs: [Int] = [1, 2, "three"]
print(xs)
