// Errors thrown inside closures, methods and initializers, through the standard library's
// higher-order functions (which rethrow) and our own rethrowing functions.

enum ValidationError: Error {
    case negative(Int)
    case tooLarge(Int, limit: Int)
}

struct Failure: Error, CustomStringConvertible {
    var step: String
    var underlying: ValidationError
    var description: String { "\(step) failed: \(underlying)" }
}

func check(_ x: Int) throws -> Int {
    if x < 0 { throw ValidationError.negative(x) }
    if x > 100 { throw ValidationError.tooLarge(x, limit: 100) }
    return x
}

// map, filter, reduce, sorted(by:), forEach, compactMap and first(where:) rethrow.
let good = [3, 1, 2]
let bad = [3, -1, 200]
print(try good.map { try check($0) * 2 })
print(try good.filter { try check($0) > 1 })
print(try good.reduce(0) { try $0 + check($1) })
print(try good.sorted { try check($0) > check($1) })
try good.forEach { print("checked", try check($0)) }
print(try good.compactMap { try check($0) == 2 ? nil : $0 })
print(try good.first { try check($0) < 2 } as Any)
print(good.map { $0 + 1 })   // no try needed: this closure does not throw

for xs in [good, bad] {
    do {
        let doubled = try xs.map(check)
        print("all valid:", doubled)
    } catch ValidationError.negative(let x) {
        print("negative:", x)
    } catch ValidationError.tooLarge(let x, let limit) where x > 2 * limit {
        print("far too large:", x)
    } catch {
        print("other:", error)
    }
}
print((try? bad.map(check)) as Any)
print((try? good.map(check)) as Any)

// Our own rethrowing function: it throws only when its argument does.
func applyTwice(_ x: Int, _ f: (Int) throws -> Int) rethrows -> Int {
    try f(f(x))
}
print(applyTwice(5) { $0 * 3 })
print(try applyTwice(5, check))
do {
    print(try applyTwice(60) { try check($0 * 2) })
} catch {
    print("applyTwice:", error)
}

// Throwing closures kept in variables and collections.
let steps: [(String, (Int) throws -> Int)] = [
    ("double", { $0 * 2 }),
    ("check", check),
    ("shrink", { x in
        guard x % 2 == 0 else { throw ValidationError.negative(-x) }
        return x / 2
    }),
]
func run(_ start: Int) throws -> Int {
    var value = start
    for (name, step) in steps {
        do {
            value = try step(value)
        } catch let error as ValidationError {
            throw Failure(step: name, underlying: error)
        }
    }
    return value
}
for start in [7, 60, -3] {
    do {
        print(start, "->", try run(start))
    } catch let failure as Failure {
        print(failure)
        print(failure.underlying)
    } catch {
        print("unexpected", error)
    }
}

// Methods, mutating methods and initializers that throw.
struct Account {
    private(set) var balance: Int
    var history: [Int] = []

    init(opening: Int) throws {
        guard opening >= 0 else { throw ValidationError.negative(opening) }
        balance = opening
    }

    mutating func withdraw(_ amount: Int) throws {
        history.append(-amount)
        guard amount <= balance else { throw ValidationError.tooLarge(amount, limit: balance) }
        balance -= amount
    }

    func projected(after amounts: [Int]) throws -> Int {
        try amounts.reduce(balance) { total, amount in
            guard amount <= total else { throw ValidationError.tooLarge(amount, limit: total) }
            return total - amount
        }
    }
}

var account = try Account(opening: 50)
try account.withdraw(20)
do {
    try account.withdraw(40)
} catch {
    print("refused:", error)
}
print(account.balance, account.history)   // the mutation before the throw stays
print(try account.projected(after: [10, 5]))
print((try? account.projected(after: [10, 50])) as Any)
print((try? Account(opening: -5))?.balance as Any)

// inout arguments are written back when the function throws.
func drain(_ x: inout Int, by step: Int) throws {
    while x > 0 {
        x -= step
        if x < 0 { throw ValidationError.negative(x) }
    }
}
var level = 10
do { try drain(&level, by: 3) } catch { print("drained to", level, "with", error) }

// Nested do blocks, rethrowing from a catch, and the implicit `error`.
func layered(_ x: Int) throws -> String {
    do {
        do {
            return "ok \(try check(x))"
        } catch ValidationError.negative {
            return "inner handled negative"
        }
    } catch {
        print("outer sees", error)
        throw error
    }
}
for x in [5, -5, 500] {
    print((try? layered(x)) ?? "layered threw")
}

// Errors as values: is, as?, arrays of any Error.
var collected: [Error] = []
for x in [-1, 7, 1000] {
    do { _ = try check(x) } catch { collected.append(error) }
}
collected.append(Failure(step: "manual", underlying: .negative(0)))
for error in collected {
    if let validation = error as? ValidationError {
        print("validation:", validation)
    } else if error is Failure {
        print("failure:", error)
    }
}
print(collected.count, collected.filter { $0 is ValidationError }.count)
