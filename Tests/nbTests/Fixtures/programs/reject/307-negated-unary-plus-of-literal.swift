print("start")
let step = +(4)
print(step, -(+(4)))
