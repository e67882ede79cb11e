print("start")
enum Stop: Error { case now }
func each(_ xs: [Int], _ body: (Int) throws -> Void) rethrows {
    for x in xs {
        if x < 0 { throw Stop.now }
        try body(x)
    }
}
each([1, 2]) { print($0) }
