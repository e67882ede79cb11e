print("before")
func bar(_ values: [Double], labels: [String]? = nil, color: String? = nil, width: Double = 0.8) -> Int {
    values.count
}
func bar(_ values: [[Double]], labels: [String]? = nil, color: String? = nil, width: Double = 0.8) -> Int {
    values.count
}
let n = bar([1, 2], width: 0.5, color: "blue")
