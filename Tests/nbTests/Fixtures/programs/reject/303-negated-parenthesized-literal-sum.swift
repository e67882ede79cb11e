print("start")
let width = 4
let margin = 1
// With names the negation is an Int; with literals alone swiftc cannot pick a type.
print(-(width + margin))
print(-(4 + 1))
