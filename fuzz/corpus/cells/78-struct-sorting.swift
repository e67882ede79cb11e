struct Student {
    let name: String
    let grade: Int
    let score: Double
}
let students = [
    Student(name: "Ana", grade: 2, score: 88.5),
    Student(name: "Ben", grade: 1, score: 92.0),
    Student(name: "Cal", grade: 2, score: 75.25),
    Student(name: "Dee", grade: 1, score: 92.0),
    Student(name: "Eve", grade: 3, score: 60.0),
]
let byScore = students.sorted { ($0.score, $1.name) > ($1.score, $0.name) }
print(byScore.map { $0.name })
let byGrade = students.sorted { $0.grade < $1.grade || ($0.grade == $1.grade && $0.name < $1.name) }
for s in byGrade { print(s.grade, s.name, s.score) }
let best = students.max { $0.score < $1.score }!
print(best.name, best)
let passing = students.filter { $0.score >= 70 }.map { $0.name }
print(passing)
let average = students.map { $0.score }.reduce(0, +) / Double(students.count)
print(average)
var perGrade = [Int: [String]]()
for s in students { perGrade[s.grade, default: []].append(s.name) }
for g in perGrade.keys.sorted() { print(g, perGrade[g]!) }
print(students.first { $0.grade == 3 }?.name ?? "none")
print(students.contains { $0.score > 95 })
