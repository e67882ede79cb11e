print("before")
func firstItem<C: Collection>(_ c: C) -> C.Element {
    return c[0]
}
print(firstItem([1, 2, 3]))
