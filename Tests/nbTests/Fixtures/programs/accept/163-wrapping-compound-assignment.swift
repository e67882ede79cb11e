// The wrapping compound assignments: &+=, &-=, &*=, &<<=, &>>=.
var i = Int.max
i &+= 1
print(i, i == Int.min)
i &-= 1
print(i)
var h: UInt64 = 14695981039346656037
for byte in "hello".utf8 {
    h ^= UInt64(byte)
    h &*= 1099511628211
}
print("FNV-1a of hello:", h)
var small: UInt8 = 250
for _ in 0..<10 { small &+= 1 }
print(small)
small &-= 10
print(small)
var shifted: Int32 = 1
shifted &<<= 33
print(shifted)
shifted &>>= 65
print(shifted)
var k: Int8 = -128
k &*= -1
print(k)
var seed: UInt32 = 12345
var draws: [UInt32] = []
for _ in 0..<5 {
    seed &*= 1103515245
    seed &+= 12345
    draws.append((seed >> 16) & 0x7fff)
}
print(draws)
