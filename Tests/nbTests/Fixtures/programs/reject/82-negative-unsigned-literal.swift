print("before")
let offset = UInt16(-1)
print(offset)
