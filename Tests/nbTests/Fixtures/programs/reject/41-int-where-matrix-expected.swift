import Linalg
import Autodiff
print("before")
let n = 3
print(trace(n))
