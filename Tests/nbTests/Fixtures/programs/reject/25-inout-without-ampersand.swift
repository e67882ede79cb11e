print("before")
func bump(_ n: inout Int) { n += 1 }
var k = 1
bump(k)
print(k)
