print("start")
let scores = [3, -7, 2]
// A generic parameter gives the literals no type: Int's `-` and Double's fit equally.
let lowest = scores.reduce(0) { min($0, $1) }
print(lowest, max(-(-4), 1))
