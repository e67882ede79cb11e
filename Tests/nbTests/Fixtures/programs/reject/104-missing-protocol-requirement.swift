print("start")
protocol Shape { var area: Double { get } }
struct Square: Shape {
    var side: Double
}
