print("start")
enum CleanupError: Error { case failed }
func process() throws -> Int {
    defer {
        print("cleaning up")
        throw CleanupError.failed
    }
    return 1
}
print(try process())
