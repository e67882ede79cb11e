let texts = ["42", "-17", "+5", "007", "3.0", " 1", "1e3", "", "abc", "9223372036854775807", "9223372036854775808"]
for t in texts {
    print("\"\(t)\"", Int(t) as Any)
}
let dtexts = ["3.14", "-0.5", "1e3", "1E-2", "inf", "-infinity", "nan", ".5", "5.", "0x10", "two"]
for t in dtexts {
    print("\"\(t)\"", Double(t) as Any)
}
let values = "4 8 15 16 23 42".split(separator: " ").map { Int($0)! }
print(values, values.reduce(0, +))
let csv = "1.5,2.5,bad,4"
let parsed = csv.split(separator: ",").compactMap { Double($0) }
print(parsed)
print(Int("101", radix: 2)!, Int("zz", radix: 36)!)
print(Bool("true") as Any, Bool("yes") as Any)
