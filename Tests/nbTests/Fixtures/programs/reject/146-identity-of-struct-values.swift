print("=== compares class instances only")
class Box { var value = 0 }
struct Point { var x = 0, y = 0 }
let box = Box()
let p = Point()
print(box === box, box === p)
