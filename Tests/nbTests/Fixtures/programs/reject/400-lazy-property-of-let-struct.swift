print("before")
struct Cache {
    lazy var value: Int = 42
}
let cache = Cache()
print(cache.value)
