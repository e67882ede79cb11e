print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4)
print(1.5 < 2.5, 2.0 == 2, 0.1 + 0.2 == 0.3)
print("apple" < "banana", "Zebra" < "apple", "a" == "a", "abc" != "abd")
print("" < "a", "ab" < "abc")
print((1, 2) < (1, 3), (2, 0) > (1, 9), (1, "b") == (1, "b"))
print([1, 2, 3] == [1, 2, 3], [1, 2] == [2, 1])
print(max("pear", "fig"), min("pear", "fig"))
let xs = [3, 1, 2]
print(xs.sorted() == [1, 2, 3])
let a = 10
print(a == 10 ? "ten" : "not ten")
print(a > 5 ? a * 2 : a / 2)
let grade = a >= 9 ? "A" : a >= 7 ? "B" : "C"
print(grade)
print(Int.max > Int.min, -1 < 0)
print(abs(-3) == 3)
print((0.1 + 0.2 - 0.3).magnitude < 1e-15)
