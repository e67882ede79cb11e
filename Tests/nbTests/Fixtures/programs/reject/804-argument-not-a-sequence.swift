print("before")
func total<S: Sequence>(_ s: S) -> Int where S.Element == Int {
    var t = 0
    for x in s { t += x }
    return t
}
print(total(42))
