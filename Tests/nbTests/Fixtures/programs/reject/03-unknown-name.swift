print("before")
let w1 = 1.0
print(w1 + W3)
