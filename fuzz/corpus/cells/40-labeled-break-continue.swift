outer: for i in 1...4 {
    for j in 1...4 {
        if j == 3 { continue outer }
        if i == 3 { break outer }
        print(i, j)
    }
}
print("after outer")
var found: (Int, Int)? = nil
search: for a in 1...20 {
    for b in a...20 {
        if a * a + b * b == 13 * 13 {
            found = (a, b)
            break search
        }
    }
}
print(found as Any)
var count = 0
rows: while count < 100 {
    count += 1
    for k in 0..<5 {
        if k == 2 { continue rows }
        if count > 3 { break rows }
        print("count", count, "k", k)
    }
}
print(count)
for i in 0..<10 {
    if i % 2 == 0 { continue }
    if i > 7 { break }
    print("odd", i)
}
var n = 0
loop: repeat {
    n += 1
    switch n {
    case 3: continue loop
    case 5: break loop
    default: print("n =", n)
    }
} while n < 10
print("stopped at", n)
