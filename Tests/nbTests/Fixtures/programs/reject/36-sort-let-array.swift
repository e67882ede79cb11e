print("before")
let xs = [3, 1, 2]
xs.sort()
print(xs)
