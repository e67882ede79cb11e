print("before")
protocol Listener: AnyObject {
    func heard(_ s: String)
}
struct Log: Listener {
    func heard(_ s: String) { print(s) }
}
