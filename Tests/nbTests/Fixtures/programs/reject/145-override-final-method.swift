print("a final method cannot be overridden")
class Counter {
    var count = 0
    final func increment() { count += 1 }
}
class DoubleCounter: Counter {
    override func increment() { count += 2 }
}
print(DoubleCounter().count)
