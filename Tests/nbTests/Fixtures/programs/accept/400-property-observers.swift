// Property observers: willSet sees newValue, didSet sees oldValue; an initializer's own
// assignments do not call them.
struct Thermostat {
    var target: Double = 20 {
        willSet { print("target will change from \(target) to \(newValue)") }
        didSet {
            if target > 30 {
                print("clamping \(target)")
                target = 30
            }
            print("target changed from \(oldValue) to \(target)")
        }
    }
    var log: [String] = []
    var mode = "heat" {
        didSet(previous) { log.append("\(previous)->\(mode)") }
    }
    init(target: Double) {
        self.target = target
    }
    mutating func bump() { target += 1 }
}

var t = Thermostat(target: 18)
print(t.target)
t.target = 22
t.bump()
t.target += 10
t.mode = "cool"
t.mode = "off"
print(t.target, t.log)
var copy = t
copy.target = 5
print(t.target, copy.target)

// willSet with a named parameter, on a class property; subclass objects share it.
class Account {
    var balance: Int = 0 {
        willSet(amount) { print("balance will be \(amount)") }
        didSet { history.append(balance - oldValue) }
    }
    var history: [Int] = []
    func deposit(_ amount: Int) { balance += amount }
}
let account = Account()
account.deposit(100)
account.balance -= 30
let same = account
same.balance = 0
print(account.history, account.balance)

// A global in a cell with observers.
var best = 0
var score = 0 {
    willSet { print("score: \(score) -> \(newValue)") }
    didSet { if score > best { best = score } }
}
for points in [3, 7, 2] { score += points }
score = 1
print(score, best)

// Observers on an array property see the whole array change.
struct Recorder {
    var values: [Int] = [] {
        didSet { print("values now \(values) (was \(oldValue.count) long)") }
    }
}
var r = Recorder()
r.values.append(4)
r.values.append(5)
r.values[0] = 9
r.values = []
print(r.values.isEmpty)
