func primes(upTo n: Int) -> [Int] {
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    if n >= 1 { isPrime[1] = false }
    var p = 2
    while p * p <= n {
        if isPrime[p] {
            for m in stride(from: p * p, through: n, by: p) { isPrime[m] = false }
        }
        p += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}
let ps = primes(upTo: 200)
print(ps)
print(ps.count, ps.last!)
func factorize(_ n: Int) -> [(prime: Int, power: Int)] {
    var result: [(prime: Int, power: Int)] = []
    var m = n
    var d = 2
    while d * d <= m {
        var k = 0
        while m % d == 0 { m /= d; k += 1 }
        if k > 0 { result.append((d, k)) }
        d += 1
    }
    if m > 1 { result.append((m, 1)) }
    return result
}
for n in [12, 97, 360, 1001, 65536] {
    print(n, factorize(n))
}
let twin = zip(ps, ps.dropFirst()).filter { $1 - $0 == 2 }
print(twin.count, twin.prefix(5).map { "(\($0.0), \($0.1))" }.joined(separator: " "))
let gaps = zip(ps, ps.dropFirst()).map { $1 - $0 }
print(gaps.max()!, gaps.firstIndex(of: gaps.max()!)!)
