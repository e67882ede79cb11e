print("before")
struct Missing: Error {}
func load() throws -> Int { throw Missing() }
class Cache { var size = try load() }
print(Cache().size)
