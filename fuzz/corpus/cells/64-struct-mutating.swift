struct Counter {
    var count = 0
    var history: [Int] = []
    mutating func increment(by step: Int = 1) {
        count += step
        history.append(count)
    }
    mutating func reset() { self = Counter() }
}
var c = Counter()
c.increment()
c.increment(by: 5)
print(c)
var copy = c
copy.increment()
print(c.count, copy.count)
c.reset()
print(c)
struct Stack {
    private(set) var items: [String] = []
    var isEmpty: Bool { items.isEmpty }
    var top: String? { items.last }
    mutating func push(_ s: String) { items.append(s) }
    mutating func pop() -> String? { items.popLast() }
}
var s = Stack()
for w in ["a", "b", "c"] { s.push(w) }
print(s.items, s.top as Any)
print(s.pop() as Any, s.pop() as Any, s.items, s.isEmpty)
struct Account {
    let owner: String
    private(set) var balance: Double
    init(owner: String, deposit: Double) {
        self.owner = owner
        balance = deposit
    }
    mutating func withdraw(_ amount: Double) -> Bool {
        guard amount <= balance else { return false }
        balance -= amount
        return true
    }
}
var acct = Account(owner: "Ann", deposit: 100)
print(acct.withdraw(30), acct.withdraw(80), acct.balance)
var accounts = [Account(owner: "B", deposit: 10), Account(owner: "C", deposit: 20)]
_ = accounts[1].withdraw(5)
print(accounts.map { $0.balance })
struct Vec { var x = 0.0, y = 0.0 }
var path = [Vec]()
var pos = Vec()
for i in 1...3 {
    pos.x += Double(i)
    pos.y -= 0.5
    path.append(pos)
}
print(path)
