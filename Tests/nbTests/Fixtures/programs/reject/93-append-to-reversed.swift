print("before")
let xs = [3, 1, 2]
var backwards = xs.reversed()
backwards.append(0)
print(backwards)
