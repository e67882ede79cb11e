var xs = [Int]()
print(xs, xs.isEmpty)
xs.append(1)
xs.append(2)
print(xs)
xs += [3, 4]
print(xs)
xs.append(contentsOf: [5, 6])
print(xs)
xs.insert(0, at: 0)
print(xs)
xs[2] = 20
print(xs)
xs[0] += 100
print(xs)
let removed = xs.remove(at: 1)
print(removed, xs)
let last = xs.removeLast()
print(last, xs)
let first = xs.removeFirst()
print(first, xs)
xs.swapAt(0, 1)
print(xs)
xs.reverse()
print(xs)
xs.sort()
print(xs)
xs.sort(by: >)
print(xs)
xs.removeAll { $0 % 2 == 0 }
print(xs)
xs.removeAll()
print(xs, xs.count, xs.isEmpty)
var words = ["b", "a"]
words.append("c")
words[0] = words[0].uppercased()
print(words)
var popped = [1, 2, 3]
print(popped.popLast() as Any, popped)
var grid = [[1, 2], [3, 4]]
grid[1][0] = 30
grid[0].append(5)
print(grid)
var d = [1.0, 2.0]
for i in d.indices { d[i] *= 10 }
print(d)
