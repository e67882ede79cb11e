import Linalg
import Autodiff
print("before")
let A = Matrix([[1, 2], [3, 4]])
let k: Int = A.rows
let B = A * k
print(B)
