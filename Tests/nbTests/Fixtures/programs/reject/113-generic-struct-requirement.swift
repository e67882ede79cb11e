print("start")
struct Box<T: Numeric> { var value: T }
let b = Box(value: "text")
