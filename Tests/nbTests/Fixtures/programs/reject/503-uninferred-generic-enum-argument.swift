print("before")
enum Either<L, R> { case left(L), right(R) }
let e = Either.left(1)
print(e)
