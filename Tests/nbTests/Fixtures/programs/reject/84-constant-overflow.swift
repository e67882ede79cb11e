print("before")
let pixels: UInt16 = 300 * 300
print(pixels)
