print("before")
var scores = [90, 75]
scores.append("88")
print(scores)
