extension Messages {
    /// The closest of `candidates` to `word` by edit distance, when it is close enough to be a
    /// likely slip of the keyboard (at most a third of the word, at least 2, fewer than its length):
    /// the "did you mean …?" of every message that names something unknown.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= limit && $0.1 < word.count }
        // Among equally close names, one that differs only in case wins (`powM` is `powm`, not `pow`).
        let lowered = word.lowercased()
        return scored.min { a, b in
            let (aCase, bCase) = (a.0.lowercased() == lowered, b.0.lowercased() == lowered)
            return a.1 < b.1 || (a.1 == b.1 && aCase && !bCase) || (a.1 == b.1 && aCase == bCase && a.0 < b.0)
        }?.0
    }

    /// Levenshtein distance over characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
