struct Factory {
    var count = 0
    func make() -> Widget { Widget(id: count, label: Widget.prefix + "\(count)") }
    static func standard() -> Factory { Factory(count: Widget.defaultCount) }
}
struct Widget: CustomStringConvertible {
    static let prefix = "w"
    static var defaultCount: Int { 3 }
    var id: Int
    var label: String
    var description: String { "\(label)#\(id)" }
    static func tagged(_ n: Int) -> Widget { Widget(id: n, label: "tag") }
    static func many() -> [Widget] { (0..<defaultCount).map { tagged($0) } }
}
print(Factory(count: 2).make(), Factory.standard().make(), Widget.many())
