print("a let property of an object cannot change, even through a var reference")
class Account {
    let owner: String
    var balance = 0.0
    init(owner: String) { self.owner = owner }
}
var account = Account(owner: "Ann")
account.balance = 10
account.owner = "Bob"
print(account.owner)
