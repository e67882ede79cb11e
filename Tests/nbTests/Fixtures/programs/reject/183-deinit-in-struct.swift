print("a struct cannot clean up")
struct Buffer {
    var items: [Int] = []
    deinit {
        print("freed")
    }
}
var b = Buffer()
b.items.append(1)
print(b.items)
