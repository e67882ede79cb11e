print("before")
class Account {
    var balance: Double
    init(balance: Double) { self.balance = balance }
    init() { self.init(balance: 0) }
}
