print("before")
let t = (min: -2, max: 9)
print(t.mid)
