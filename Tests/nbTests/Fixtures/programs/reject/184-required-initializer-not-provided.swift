print("accounts")
class Account {
    let owner: String
    required init(owner: String) { self.owner = owner }
}
class Savings: Account {
    let rate: Double
    init(owner: String, rate: Double) {
        self.rate = rate
        super.init(owner: owner)
    }
}
let s = Savings(owner: "Ada", rate: 0.02)
print(s.owner, s.rate)
