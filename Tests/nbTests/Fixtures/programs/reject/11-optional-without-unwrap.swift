print("before")
let parsed = Int("42")
print(parsed + 1)
