print("layers")
class Layer {
    let width: Int
    required init(width: Int) { self.width = width }
}
class Dense: Layer {
    override init(width: Int) {
        super.init(width: width)
    }
}
print(Dense(width: 3).width)
