import Linalg
import Autodiff
print("before")
let A = Matrix([[1, 2], [3, 4]])
A[0, 0] = 5
print(A)
