// A bank of accounts: objects with private state, overridden rules, a ledger shared by
// reference, closures that capture an account, and an Equatable class with its own `==`.
final class Ledger {
    private(set) var entries: [String] = []
    func record(_ entry: String) { entries.append(entry) }
}

class Account: CustomStringConvertible {
    let owner: String
    private(set) var balance: Double = 0
    let ledger: Ledger
    static var opened = 0
    static let bankName = "Swift Savings"
    init(owner: String, ledger: Ledger, deposit: Double = 0) {
        self.owner = owner
        self.ledger = ledger
        Account.opened += 1
        if deposit > 0 { self.deposit(deposit) }
    }
    var kind: String { "checking" }
    var description: String { "\(kind) account of \(owner): \(balance)" }
    func deposit(_ amount: Double) {
        balance += amount
        ledger.record("\(owner) +\(amount)")
    }
    func canWithdraw(_ amount: Double) -> Bool { amount <= balance }
    @discardableResult
    func withdraw(_ amount: Double) -> Bool {
        guard canWithdraw(amount) else {
            ledger.record("\(owner) refused \(amount)")
            return false
        }
        balance -= amount
        ledger.record("\(owner) -\(amount)")
        return true
    }
    func depositor(_ amount: Double) -> () -> Void { { self.deposit(amount) } }
}

class Savings: Account {
    let rate: Double
    private var withdrawals = 0
    init(owner: String, ledger: Ledger, rate: Double) {
        self.rate = rate
        super.init(owner: owner, ledger: ledger)
    }
    override var kind: String { "savings" }
    override func canWithdraw(_ amount: Double) -> Bool { withdrawals < 2 && super.canWithdraw(amount) }
    override func withdraw(_ amount: Double) -> Bool {
        let done = super.withdraw(amount)
        if done { withdrawals += 1 }
        return done
    }
    func addInterest() { deposit((balance * rate * 100).rounded() / 100) }
}

final class Overdraft: Account {
    let limit: Double
    init(owner: String, ledger: Ledger, limit: Double) {
        self.limit = limit
        super.init(owner: owner, ledger: ledger, deposit: 10)
    }
    override var kind: String { "overdraft" }
    override func canWithdraw(_ amount: Double) -> Bool { amount <= balance + limit }
}

let ledger = Ledger()
let ann = Account(owner: "Ann", ledger: ledger, deposit: 50)
let bob = Savings(owner: "Bob", ledger: ledger, rate: 0.05)
let cy = Overdraft(owner: "Cy", ledger: ledger, limit: 100)
let payBob = bob.depositor(40)
payBob()
payBob()
bob.addInterest()
let accounts: [Account] = [ann, bob, cy]
for account in accounts {
    print(account.owner, account.withdraw(25), account.withdraw(30), account.withdraw(60), account.balance)
}
print(accounts)
print(ledger.entries.count, ledger.entries.suffix(4))
print(Account.opened, Account.bankName, accounts.map { $0.kind })
print(accounts.reduce(0.0) { $0 + $1.balance }, accounts.filter { $0.balance < 0 }.map { $0.owner })

func transfer(_ amount: Double, from source: Account, to target: Account) -> Bool {
    guard source.withdraw(amount) else { return false }
    target.deposit(amount)
    return true
}
print(transfer(5, from: bob, to: ann), transfer(5, from: bob, to: ann), ann.balance, bob.balance)
print(ann.ledger === bob.ledger, ledger.entries.last ?? "")

// Accounts in a dictionary: the dictionary holds references, so the objects change in place.
var byOwner: [String: Account] = [:]
for account in accounts { byOwner[account.owner] = account }
byOwner["Ann"]!.deposit(1)
byOwner["Cy"]?.deposit(2)
print(ann.balance, cy.balance, byOwner.keys.sorted(), byOwner["Zed"] == nil)

// A class with its own `==`: equal money is not the same object.
final class Money: Equatable, CustomStringConvertible {
    let cents: Int
    init(_ cents: Int) { self.cents = cents }
    static func == (a: Money, b: Money) -> Bool { a.cents == b.cents }
    static func + (a: Money, b: Money) -> Money { Money(a.cents + b.cents) }
    var description: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
let five = Money(500), alsoFive = Money(500), fifty = Money(5)
print(five == alsoFive, five === alsoFive, five != fifty, five + fifty, [five, fifty])
print(five + alsoFive == Money(1000), Optional(five) == Optional(alsoFive))

// Extensions add members to a class and to its subclasses.
extension Account {
    var isOverdrawn: Bool { balance < 0 }
    func statement() -> String { "\(owner): \(balance)\(isOverdrawn ? " (overdrawn)" : "")" }
}
print(accounts.map { $0.statement() })
