var total = 0
let addToTotal = { (x: Int) in total += x }
addToTotal(5)
addToTotal(10)
print(total)
var factor = 2
let scale = { (x: Int) -> Int in x * factor }
print(scale(10))
factor = 5
print(scale(10))
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let c1 = makeCounter()
let c2 = makeCounter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())
func makeAccumulator(start: Double) -> (Double) -> Double {
    var sum = start
    return { x in
        sum += x
        return sum
    }
}
let acc = makeAccumulator(start: 10)
print(acc(1), acc(2.5), acc(-0.5))
var handlers: [() -> String] = []
for i in 1...3 {
    handlers.append { "handler \(i)" }
}
print(handlers.map { $0() })
var shared = [Int]()
let push = { (x: Int) in shared.append(x) }
let pop = { () -> Int? in shared.popLast() }
push(1); push(2); push(3)
print(shared)
print(pop() as Any, shared)
var value = 1
let captureList = { [value] in value * 100 }
value = 2
print(captureList(), value)
func makePair() -> (inc: () -> Void, get: () -> Int) {
    var n = 0
    return ({ n += 1 }, { n })
}
let pair = makePair()
pair.inc(); pair.inc()
print(pair.get())
