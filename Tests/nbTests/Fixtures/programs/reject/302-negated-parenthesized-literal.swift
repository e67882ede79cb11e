print("start")
let depth = 3
let offset = [1, -(-4)]
print(depth, offset)
