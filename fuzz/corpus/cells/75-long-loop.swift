// A million loop iterations: the interpreter's speed should not change the output.
var sum = 0
for i in 0..<1_000_000 { sum += i % 7 }
print(sum)
var acc = 0.0
var i = 1
while i <= 200_000 {
    acc += 1.0 / Double(i * i)
    i += 1
}
print(acc)
print((6 * acc).squareRoot())
var lcg = 12345
var histogram = [Int](repeating: 0, count: 10)
for _ in 0..<100_000 {
    lcg = (lcg &* 1103515245 &+ 12345) & 0x7fffffff
    histogram[lcg % 10] += 1
}
print(histogram)
print(histogram.reduce(0, +))
var x = 0.5
for _ in 0..<100_000 { x = 3.7 * x * (1 - x) }
print(x)
