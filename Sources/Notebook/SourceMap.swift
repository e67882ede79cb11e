/// Maps a place in the Markdown that libcmark parsed (the body with each
/// formula replaced by one placeholder character) back to the `.md` file, so
/// that a link or a citation found by libcmark is reported where it is written.
///
/// libcmark reports a line of its input and a byte column; the map knows
/// where each of those lines starts, and the runs of output bytes that were
/// copied unchanged from the body (a byte there maps one to one) or stand for
/// a formula (any byte there maps to where the formula starts).
struct SourceMap {
    struct Runs {
        var outputStarts: [Int] = []
        var originalStarts: [Int] = []
        var verbatim: [Bool] = []

        /// Starts a run at `outputByte` unless it continues the previous verbatim run.
        mutating func note(outputByte: Int, originalByte: Int, verbatim isVerbatim: Bool) {
            if isVerbatim, let last = outputStarts.indices.last, verbatim[last],
               originalStarts[last] + (outputByte - outputStarts[last]) == originalByte {
                return
            }
            outputStarts.append(outputByte)
            originalStarts.append(originalByte)
            verbatim.append(isVerbatim)
        }
    }

    var runs: Runs
    /// Byte offset in the output of each of its lines.
    var outputLineStarts: [Int]
    /// Byte offset in the body of each of its scalars (one more for the end).
    var scalarByteOffsets: [Int]
    /// `.md` line and column of each scalar of the body (one more for the end).
    var lineOf: [Int]
    var columnOf: [Int]

    /// The `.md` position of libcmark's `line` (1-based) and byte `column` (1-based).
    func position(line: Int, column: Int) -> SourcePosition {
        guard !outputLineStarts.isEmpty, !lineOf.isEmpty else { return SourcePosition(line: 1, column: 1) }
        let lineIndex = min(max(line, 1), outputLineStarts.count) - 1
        let outputByte = outputLineStarts[lineIndex] + max(column, 1) - 1
        var originalByte = 0
        if let run = Self.lastIndex(in: runs.outputStarts, notAfter: outputByte) {
            originalByte = runs.originalStarts[run]
                + (runs.verbatim[run] ? outputByte - runs.outputStarts[run] : 0)
        }
        let scalar = Self.lastIndex(in: scalarByteOffsets, notAfter: originalByte) ?? 0
        let index = min(scalar, lineOf.count - 1)
        return SourcePosition(line: lineOf[index], column: columnOf[index])
    }

    /// The last index whose value is ≤ `value` in a sorted array (binary search).
    static func lastIndex(in sorted: [Int], notAfter value: Int) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
