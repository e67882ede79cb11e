print("before")
enum E: Error { case bad }
let r: Result<Int, E> = .success("one")
print(r)
