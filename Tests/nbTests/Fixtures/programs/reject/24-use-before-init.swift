print("before")
var x: Int
print(x)
