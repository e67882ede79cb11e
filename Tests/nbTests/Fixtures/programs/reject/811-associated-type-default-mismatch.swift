print("before")
protocol Measured {
    associatedtype Unit = Double
    func size() -> Int
}
struct Rod: Measured {
    func size() -> Int { 3 }
}
func scaled<M: Measured>(_ m: M, by unit: M.Unit) -> Int { m.size() }
print(scaled(Rod(), by: "cm"))
