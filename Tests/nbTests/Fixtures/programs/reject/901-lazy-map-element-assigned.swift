print("a program swiftc rejects prints nothing")
// A lazy map computes an element each time it is read: its subscript has no setter.
var squares = [1, 2, 3].lazy.map { $0 * $0 }
squares[0] = 10
print(squares[0])
