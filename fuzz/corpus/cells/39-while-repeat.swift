var n = 27
var steps = 0
while n != 1 {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    steps += 1
}
print("collatz steps:", steps)
var i = 0
repeat {
    print("repeat", i)
    i += 1
} while i < 3
var j = 10
repeat {
    print("runs once", j)
} while j < 5
var power = 1
while power < 1000 { power *= 3 }
print(power)
var x = 1.0
var iterations = 0
while x > 1e-3 {
    x /= 2
    iterations += 1
}
print(x, iterations)
var k = 0
while true {
    k += 1
    if k == 4 { break }
}
print(k)
var digits = [Int]()
var m = 90210
repeat {
    digits.append(m % 10)
    m /= 10
} while m > 0
print(digits.reversed().map { $0 })
