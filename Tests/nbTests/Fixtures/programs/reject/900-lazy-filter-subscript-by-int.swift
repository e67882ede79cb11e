print("a program swiftc rejects prints nothing")
// A lazy filter of a string is indexed by the string's String.Index: no subscript takes an Int.
let vowels = "education".lazy.filter { "aeiou".contains($0) }
print(vowels[1])
