func classify(_ n: Int) -> String {
    if n < 0 {
        return "negative"
    } else if n == 0 {
        return "zero"
    } else if n < 10 {
        return "small"
    } else {
        return "large"
    }
}
for n in [-5, 0, 3, 10, 99] { print(n, classify(n)) }
for temperature in [30.0, 21.5, -4.0] {
    if temperature > 25 {
        print("hot")
    } else if temperature > 15 {
        print("mild")
    } else {
        print("cold")
    }
}
var log = [String]()
for i in 1...15 {
    if i % 15 == 0 { log.append("FizzBuzz") }
    else if i % 3 == 0 { log.append("Fizz") }
    else if i % 5 == 0 { log.append("Buzz") }
    else { log.append(String(i)) }
}
print(log.joined(separator: " "))
let a = 3, b = 7
if a > 1, b > 5 { print("both conditions") }
if a > 5 || b > 5 { print("one condition") }
if !(a == b) { print("different") }
let label = if a > b { "a wins" } else { "b wins" }
print(label)
var x = 0
if a < b { x += 1 }
if a > b { x += 100 }
print(x)
let parity: String
if b % 2 == 0 { parity = "even" } else { parity = "odd" }
print(parity)
