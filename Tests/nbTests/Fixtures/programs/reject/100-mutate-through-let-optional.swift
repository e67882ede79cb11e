print("start")
let xs: [Int]? = [1]
xs?.append(2)
