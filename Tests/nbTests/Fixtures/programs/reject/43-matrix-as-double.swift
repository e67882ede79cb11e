import Linalg
import Autodiff
print("before")
let A = Matrix([[1, 2], [3, 4]])
let x: Double = A
print(x)
