protocol P { func f() -> Self }
struct S: P { func f() -> S { self } }
let xs: [any P] = [S()]
print(xs[0].f())
func g<T: P>(_ t: T) -> T { t.f().f() }
print(g(S()))
struct Box<T> { var t: T; func map<U>(_ f: (T) -> U) -> Box<U> { Box<U>(t: f(t)) } }
print(Box(t: 1).map { "\($0)" }.map { $0.count })
extension Box where T == Int { var doubled: Int { t * 2 } }
print(Box(t: 21).doubled)
enum E: Comparable { case a(Int), b }
print([E.b, .a(2), .a(1)].sorted())
struct Q: Hashable { var s: Set<Int> }
print(Set([Q(s: [1]), Q(s: [1])]).count)
protocol HasArea { var area: Double { get } }
extension HasArea { var doubleArea: Double { area * 2 } }
extension Int: HasArea { var area: Double { Double(self) } }
print(3.doubleArea)
let h: any HasArea = 5
print(h.doubleArea, h.area)
