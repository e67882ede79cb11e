import Linalg
import Autodiff
print("before")
let W = Matrix([[1, 2], [3, 4]])
let g = gradient(at: W) { W in squaredNorm(W) + W3 }
print(g)
