print("before")
let rate = 0.5
print(rate(2))
