print("before")
let n = 3
for i in n { print(i) }
