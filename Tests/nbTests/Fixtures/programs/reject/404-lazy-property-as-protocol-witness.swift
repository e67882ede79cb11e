print("before")
protocol Named { var name: String { get } }
struct Tag: Named { lazy var name: String = "tag" }
let tag: Named = Tag()
print(tag.name)
