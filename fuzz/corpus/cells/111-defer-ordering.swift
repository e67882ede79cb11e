// defer runs when its scope is left, however it is left: in reverse order, once per entry.

var log: [String] = []

func note(_ s: String) {
    log.append(s)
    print(s)
}

func early(_ n: Int) -> String {
    note("enter \(n)")
    defer { note("leave \(n)") }
    if n < 0 {
        defer { note("negative branch") }
        return "negative"
    }
    defer { note("second defer \(n)") }
    guard n != 0 else { return "zero" }
    return n % 2 == 0 ? "even" : "odd"
}

for n in [-1, 0, 3, 4] {
    print("result:", early(n))
}

// In loops: every iteration runs its defers, whether it continues, breaks or falls off the end.
outer: for i in 1...3 {
    defer { print("end of outer \(i)") }
    for j in 1...3 {
        defer { print("  end of inner \(i).\(j)") }
        if j == 2 { continue }
        if i == 2 && j == 3 { break outer }
        print("  body \(i).\(j)")
    }
}

var count = 0
while count < 3 {
    defer { count += 1 }
    if count == 1 { continue }
    print("while body", count)
}
print("count", count)

repeat {
    defer { print("repeat defer", count) }
    count -= 1
} while count > 0

// The value returned is computed before the defers run.
func counter() -> Int {
    var x = 10
    defer { x += 5; print("x in defer", x) }
    return x
}
print("returned", counter())

// A defer captures variables, not values.
func accumulate(_ xs: [Int]) -> Int {
    var total = 0
    defer { print("total at exit:", total) }
    for x in xs {
        defer { total += x }
        if x > 10 { return total }
    }
    return total
}
print(accumulate([1, 2, 3]))
print(accumulate([1, 20, 3]))

// Defers in a switch case and in a do block.
for value in [1, 2] {
    switch value {
    case 1:
        defer { print("case 1 done") }
        print("in case 1")
    default:
        do {
            defer { print("do block done") }
            print("in do block")
        }
        print("after do block")
    }
}

// Defers and errors: they run when an error leaves the scope too.
enum Step: Error { case failed(Int) }

func risky(_ n: Int) throws -> Int {
    defer { print("risky(\(n)) cleanup") }
    if n > 2 { throw Step.failed(n) }
    return n * 10
}

func pipeline(_ ns: [Int]) throws -> Int {
    print("pipeline start")
    defer { print("pipeline end") }
    var sum = 0
    for n in ns {
        defer { print("after step", n) }
        sum += try risky(n)
    }
    return sum
}

do {
    print(try pipeline([1, 2]))
    print(try pipeline([1, 3, 2]))
} catch Step.failed(let n) {
    print("failed at", n)
}

// A closure with a defer.
let shout = { (word: String) -> String in
    defer { print("shouted", word) }
    return word.uppercased()
}
print(shout("hey"))
print(log.count)
