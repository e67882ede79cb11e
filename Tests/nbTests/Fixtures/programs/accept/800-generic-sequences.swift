// A lecturer's generic functions over any Sequence: `S.Element` in signatures and bodies,
// `where` clauses fixing or constraining it, called with arrays, ranges, sets, strings,
// strides, zips and a sequence of one's own.
func total<S: Sequence>(_ s: S) -> Int where S.Element == Int {
    var t = 0
    for x in s { t += x }
    return t
}

func firstTwo<S: Sequence>(_ s: S) -> [S.Element] {
    var out: [S.Element] = []
    for x in s {
        if out.count == 2 { break }
        out.append(x)
    }
    return out
}

func mean<S: Sequence>(_ xs: S) -> Double where S.Element == Double {
    var sum = 0.0
    var n = 0
    for x in xs {
        sum += x
        n += 1
    }
    return n == 0 ? 0 : sum / Double(n)
}

func variance<S: Sequence>(_ xs: S) -> Double where S.Element == Double {
    let m = mean(xs)
    var s = 0.0
    var n = 0
    for x in xs {
        s += (x - m) * (x - m)
        n += 1
    }
    return n < 2 ? 0 : s / Double(n - 1)
}

func countWhere<S: Sequence>(_ s: S, _ keep: (S.Element) -> Bool) -> Int {
    var n = 0
    for x in s where keep(x) { n += 1 }
    return n
}

func largest<S: Sequence>(_ s: S) -> S.Element? where S.Element: Comparable {
    var best: S.Element? = nil
    for x in s {
        if let b = best {
            if x > b { best = x }
        } else {
            best = x
        }
    }
    return best
}

func histogram<S: Sequence>(_ s: S) -> [S.Element: Int] where S.Element: Hashable {
    var counts: [S.Element: Int] = [:]
    for x in s { counts[x, default: 0] += 1 }
    return counts
}

func squares<S: Sequence>(_ s: S) -> [Int] where S.Element == Int {
    s.map { $0 * $0 }
}

func describe<S: Sequence>(_ s: S) -> String where S.Element: CustomStringConvertible {
    s.map { $0.description }.joined(separator: " | ")
}

struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? {
        if n == 0 { return nil }
        defer { n -= 1 }
        return n
    }
}

print(total([1, 2, 3]), total(1...100), total(0..<10), total(Set([5, 7])))
print(total(stride(from: 0, to: 20, by: 5)), total(Countdown(n: 4)))
print(firstTwo([3, 1, 4, 1]), firstTwo("hello"), firstTwo(10...))
print(firstTwo(zip([1, 2, 3], ["a", "b", "c"])))
print(firstTwo([Double]()), firstTwo(Countdown(n: 9)))
let samples = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
print(mean(samples), variance(samples))
print(mean(samples.filter { $0 > 4 }), mean(stride(from: 0.0, through: 1.0, by: 0.25)))
print(mean([Double]()), variance([1.5]))
print(countWhere(1...20) { $0 % 3 == 0 }, countWhere("mississippi") { $0 == "s" })
print(countWhere(samples) { $0 >= 5 })
print(largest([3, 9, 2]) ?? -1, largest("swift") ?? "?", largest([String]()) ?? "none")
print(largest(samples.map { -$0 }) ?? 0)
let h = histogram("abracadabra")
for key in h.keys.sorted() { print(key, h[key]!) }
let hw = histogram([3, 1, 3, 3, 2])
print(hw.keys.sorted().map { "\($0):\(hw[$0]!)" })
print(squares(1...5), squares(Countdown(n: 3)))
print(describe([1.5, 2.25]), describe(1...3), describe(["x", "y"]))
