print("start")
enum Fault: Error { case minor, major }
func work(_ n: Int) throws -> Int {
    if n > 3 { throw Fault.major }
    return n
}
func safely(_ n: Int) -> Int {
    do {
        return try work(n)
    } catch Fault.minor {
        return 0
    } catch Fault.major {
        return -1
    }
}
print(safely(5))
