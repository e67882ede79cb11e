print("before")
let u: UInt32 = 7
print(-u)
