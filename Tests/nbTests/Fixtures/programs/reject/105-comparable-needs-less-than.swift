print("start")
struct Money: Comparable {
    var cents: Int
}
