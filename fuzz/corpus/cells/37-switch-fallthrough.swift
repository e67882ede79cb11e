func describe(_ n: Int) -> String {
    var text = "\(n) is"
    switch n {
    case 2, 3, 5, 7, 11, 13:
        text += " a prime and"
        fallthrough
    case 1, 4, 6, 8, 9, 10, 12:
        text += " small"
    default:
        text += " large"
    }
    return text
}
for n in [2, 4, 13, 20] { print(describe(n)) }
for n in 0..<5 {
    switch n {
    case 0:
        print("zero", terminator: "")
        fallthrough
    case 1:
        print(" (at most one)")
    case 2, 3:
        print("two or three")
    default:
        break
    }
}
for status in [200, 404, 503, 302] {
switch status {
case 200..<300:
    print("ok")
case 400, 404, 410:
    print("client error", status)
case 500...:
    print("server error")
default:
    print("other")
}
}
