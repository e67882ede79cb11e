print("start")
extension Int {
    var doubled: Int { self * 2 }
}
print(3.tripled)
