print("before")
let f: Float = 1.5
let d: Double = 2.5
print(f * d)
