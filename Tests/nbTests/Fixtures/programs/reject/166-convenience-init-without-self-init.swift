print("before")
class Account {
    var balance: Double
    init(balance: Double) { self.balance = balance }
    convenience init() {
        print("empty account")
    }
}
