/// Finds math in a notebook's Markdown before libcmark sees it, and replaces
/// each formula by one private-use character that CommonMark passes through
/// as plain text. Without this, CommonMark would read `_`, `*`, `\\` and `\{`
/// inside formulas as emphasis and escapes.
///
/// The rules (DESIGN §2, pandoc's `tex_math_dollars` and `tex_math_single_backslash`):
/// - `$…$`: the opener is followed by a non-space, the closer preceded by a
///   non-space and not followed by a digit, so `$5 and $10` stays prose;
/// - `$$…$$`, `\(…\)`, `\[…\]`, and a bare `\begin{align*}…\end{align*}`
///   (also `equation`, `gather`, `multline`, `flalign`, `alignat`, with or without `*`);
/// - a backslash escapes the next character (`\$` is a literal dollar, and
///   `\\[10pt]` is a backslash and a bracket, not display math); inside math,
///   backslash pairs are skipped, so `\\[10pt]` in `align*` is a row break;
/// - math may span lines but not a blank line (an environment may);
/// - code spans and top-level code fences are left alone. Anything the scanner
///   cannot see as code (a fence inside a list, an indented code block) is
///   restored verbatim from the placeholder by the tree builder.
struct MathScanner {
    /// What a placeholder character stands for.
    enum Replacement: Equatable {
        case math(MathSpan)
        /// A character of the source that happens to lie in the placeholder range.
        case literal(String)
    }

    /// The scanner's result: Markdown with placeholders, what they stand for,
    /// and, for each line of the new text, the `.md` line it starts on.
    struct Output {
        var markdown: String
        var replacements: [Replacement]
        /// `originalLine[k - 1]` is the `.md` line of line `k` of `markdown`.
        var originalLine: [Int]
        /// Positions in `markdown` (as libcmark reports them) back to the `.md` file.
        var sourceMap: SourceMap
        /// The unclosed code fence, if any (the rest of the body is read as its code).
        var errors: [NotebookError]
        /// Control characters left out of prose.
        var warnings: [NotebookWarning]
    }

    /// Placeholders are Supplementary Private Use Area-A and -B scalars:
    /// one scalar per formula.
    static let placeholderBase: UInt32 = 0xF_0000
    static let placeholderCount: UInt32 = 0x10_FFFE - 0xF_0000

    static func isPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= placeholderBase && scalar.value < placeholderBase + placeholderCount
            && (scalar.value & 0xFFFF) < 0xFFFE
    }

    static func placeholderIndex(_ scalar: Unicode.Scalar) -> Int {
        let offset = scalar.value - placeholderBase
        // Skip the two noncharacters at the end of plane 15.
        return Int(offset >= 0x1_0000 ? offset - 2 : offset)
    }

    static func placeholder(_ index: Int) -> Unicode.Scalar? {
        var value = placeholderBase + UInt32(index)
        if value >= 0xF_FFFE { value += 2 }
        guard value <= 0x10_FFFD else { return nil }
        return Unicode.Scalar(value)
    }

    private static let beginMarker = Array("\\begin{".unicodeScalars)

    /// Environments that are display math on their own, outside `$$`.
    static let environments: Set<String> = {
        let names = ["align", "equation", "gather", "multline", "flalign", "alignat", "eqnarray"]
        return Set(names + names.map { $0 + "*" })
    }()

    private let text: [Unicode.Scalar]
    /// The body's UTF-8 bytes and, for each scalar index, its byte offset
    /// (one more entry for the end): output and formulas are copied as bytes.
    private let bytes: [UInt8]
    private let byteOffset: [Int]
    private let lineOf: [Int]
    private let columnOf: [Int]
    /// Index of each line's first scalar, by `line - firstLine`.
    private let lineStart: [Int]
    private let firstLine: Int
    private var output: [UInt8] = []
    private var replacements: [Replacement] = []
    private var originalLine: [Int] = []
    private var runs = SourceMap.Runs()
    private var outputLineStarts: [Int] = [0]
    private var errors: [NotebookError] = []
    private var warnings: [NotebookWarning] = []
    /// Blockquote depth of lines already looked at, by line.
    private var quoteDepths: [Int: Int] = [:]

    /// - Parameters:
    ///   - markdown: the notebook body (after front matter), `\n` line ends.
    ///   - firstLine: the `.md` line the body starts on.
    ///   - firstColumn: the `.md` column of the body's first character (front-matter
    ///     values start after their key).
    init(markdown: String, firstLine: Int, firstColumn: Int = 1) {
        text = Array(markdown.unicodeScalars)
        bytes = Array(markdown.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(text.count + 1)
        var offset = 0
        for scalar in text {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        byteOffset = offsets
        var lines: [Int] = []
        var columns: [Int] = []
        lines.reserveCapacity(text.count + 1)
        columns.reserveCapacity(text.count + 1)
        var starts = [0]
        var line = firstLine
        var column = firstColumn
        for (index, scalar) in text.enumerated() {
            lines.append(line)
            columns.append(column)
            if scalar == "\n" {
                line += 1
                column = 1
                starts.append(index + 1)
            } else {
                column += 1
            }
        }
        lines.append(line)
        columns.append(column)
        lineOf = lines
        columnOf = columns
        lineStart = starts
        self.firstLine = firstLine
    }

    /// Scans the body. A top-level code fence that is never closed is an
    /// error (the rest of the body is its code, as CommonMark reads it).
    consuming func scan() -> Output {
        originalLine = [lineOf[0]]
        var i = 0
        var proseStart = 0
        while i < text.count {
            let lineEnd = endOfLine(from: i)
            if let fence = openingFence(at: i, lineEnd: lineEnd) {
                scanProse(proseStart, i)
                let close = closingFence(after: lineEnd, fence: fence) ?? text.count
                if close == text.count, closingFence(after: lineEnd, fence: fence) == nil {
                    errors.append(NotebookError(line: lineOf[i], column: columnOf[i] + fence.indent,
                                                kind: .unclosedFence(fence: String(repeating: fence.character, count: fence.length))))
                }
                emitVerbatim(i, close)
                i = close
                proseStart = i
            } else {
                i = min(lineEnd + 1, text.count)
            }
        }
        scanProse(proseStart, text.count)
        let map = SourceMap(runs: runs, outputLineStarts: outputLineStarts, scalarByteOffsets: byteOffset,
                            lineOf: lineOf, columnOf: columnOf)
        return Output(markdown: String(decoding: output, as: UTF8.self), replacements: replacements,
                      originalLine: originalLine, sourceMap: map, errors: errors, warnings: warnings)
    }

    // MARK: Fences

    private struct Fence {
        var character: Character
        var length: Int
        var indent: Int
    }

    private func endOfLine(from i: Int) -> Int {
        var j = i
        while j < text.count, text[j] != "\n" { j += 1 }
        return j
    }

    private func openingFence(at start: Int, lineEnd: Int) -> Fence? {
        var j = start
        while j < lineEnd, text[j] == " ", j - start < 4 { j += 1 }
        let indent = j - start
        guard indent < 4, j < lineEnd, text[j] == "`" || text[j] == "~" else { return nil }
        let mark = text[j]
        var k = j
        while k < lineEnd, text[k] == mark { k += 1 }
        guard k - j >= 3 else { return nil }
        if mark == "`", text[k..<lineEnd].contains("`") { return nil }
        return Fence(character: Character(mark), length: k - j, indent: indent)
    }

    /// The index just past the closing fence line (including its line break),
    /// or nil when the fence is never closed.
    private func closingFence(after openingLineEnd: Int, fence: Fence) -> Int? {
        var i = openingLineEnd + 1
        while i < text.count {
            let lineEnd = endOfLine(from: i)
            var j = i
            while j < lineEnd, text[j] == " ", j - i < 4 { j += 1 }
            var k = j
            while k < lineEnd, Character(text[k]) == fence.character { k += 1 }
            if j - i < 4, k - j >= fence.length,
               text[k..<lineEnd].allSatisfy({ $0 == " " || $0 == "\t" }) {
                return min(lineEnd + 1, text.count)
            }
            i = lineEnd + 1
        }
        return nil
    }

    // MARK: Prose

    private mutating func scanProse(_ start: Int, _ end: Int) {
        var i = start
        while i < end {
            let c = text[i]
            if Self.isPlaceholder(c) {
                emitReplacement(.literal(String(c)), originalStart: i)
                i += 1
            } else if c == "\\" {
                i = scanBackslash(i, end)
            } else if c == "`" {
                i = scanCodeSpan(i, end)
            } else if c == "$" {
                i = scanDollar(i, end)
            } else {
                // A run of ordinary prose at once (per character, a 10 MB line took minutes).
                var j = i + 1
                while j < end, !Self.isPlaceholder(text[j]), text[j] != "\\", text[j] != "`", text[j] != "$" { j += 1 }
                emitProse(i, j)
                i = j
            }
        }
    }

    /// Characters HTML cannot carry (C0 controls but tab and line feed, DEL, C1 controls).
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t" && c != "\n") || (0x7F...0x9F).contains(c.value)
    }

    /// Prose copied as written, except control characters, which are left
    /// out with a warning at their place.
    private mutating func emitProse(_ start: Int, _ end: Int) {
        var runStart = start
        for i in start..<end where Self.isControl(text[i]) {
            emitVerbatim(runStart, i)
            warnings.append(NotebookWarning(line: lineOf[i], column: columnOf[i], kind: .controlCharacter(text[i])))
            runStart = i + 1
        }
        emitVerbatim(runStart, end)
    }

    private mutating func scanBackslash(_ i: Int, _ end: Int) -> Int {
        guard i + 1 < end else { emit(i); return i + 1 }
        let next = text[i + 1]
        if next == "(" || next == "[" {
            let closer: [Unicode.Scalar] = next == "(" ? ["\\", ")"] : ["\\", "]"]
            if let close = findCloser(closer, from: i + 2, end: end, crossBlankLines: false,
                                      quoteDepth: quoteDepth(ofLineAt: i)) {
                emitMath(texStart: i + 2, texEnd: close,
                         delimiter: next == "(" ? .parenthesis : .bracket, resumeAt: close + 2)
                return close + 2
            }
        } else if let (name, afterBegin) = environmentName(at: i, end: end) {
            let endMarker = Array("\\end{\(name)}".unicodeScalars)
            if let close = findCloser(endMarker, from: afterBegin, end: end, crossBlankLines: true, quoteDepth: 0) {
                let stop = close + endMarker.count
                emitMath(texStart: i, texEnd: stop, delimiter: .environment(name: name), resumeAt: stop)
                return stop
            }
        }
        // An escape pair (`\$`, `\\`, `` \` ``): CommonMark will read it; keep both.
        emit(i)
        if next != "\n" && !Self.isPlaceholder(next) && !Self.isControl(next) { emit(i + 1); return i + 2 }
        return i + 1
    }

    /// `\begin{name}` at `i` with a math environment name: the name and the
    /// index after the closing brace.
    private func environmentName(at i: Int, end: Int) -> (String, Int)? {
        let begin = Self.beginMarker
        guard i + begin.count < end, text[i..<(i + begin.count)].elementsEqual(begin) else { return nil }
        var j = i + begin.count
        var name = ""
        while j < end, text[j] != "}", text[j] != "\n", name.count < 20 {
            name.unicodeScalars.append(text[j])
            j += 1
        }
        guard j < end, text[j] == "}", Self.environments.contains(name) else { return nil }
        return (name, j + 1)
    }

    private mutating func scanCodeSpan(_ i: Int, _ end: Int) -> Int {
        let depth = quoteDepth(ofLineAt: i)
        var runEnd = i
        while runEnd < end, text[runEnd] == "`" { runEnd += 1 }
        let length = runEnd - i
        var j = runEnd
        while j < end {
            if text[j] == "`" {
                var k = j
                while k < end, text[k] == "`" { k += 1 }
                if k - j == length {
                    emitProse(i, k)
                    return k
                }
                j = k
            } else if isBlankLineBreak(at: j, end: end, quoteDepth: depth) {
                break
            } else {
                j += 1
            }
        }
        emitVerbatim(i, runEnd)
        return runEnd
    }

    private mutating func scanDollar(_ i: Int, _ end: Int) -> Int {
        let depth = quoteDepth(ofLineAt: i)
        if i + 1 < end, text[i + 1] == "$" {
            if let close = findCloser(["$", "$"], from: i + 2, end: end, crossBlankLines: false, quoteDepth: depth),
               close > i + 2 {
                emitMath(texStart: i + 2, texEnd: close, delimiter: .doubleDollar, resumeAt: close + 2)
                return close + 2
            }
            emitVerbatim(i, i + 2)
            return i + 2
        }
        guard i + 1 < end, !text[i + 1].properties.isWhitespace else { emit(i); return i + 1 }
        var j = i + 1
        while j < end {
            let c = text[j]
            if c == "\\" {
                j += 2
            } else if c == "$" {
                let before = text[j - 1]
                let after: Unicode.Scalar? = j + 1 < end ? text[j + 1] : nil
                if !before.properties.isWhitespace, !(after.map(Self.isDigit) ?? false) {
                    emitMath(texStart: i + 1, texEnd: j, delimiter: .dollar, resumeAt: j + 1)
                    return j + 1
                }
                j += 1
            } else if isBlankLineBreak(at: j, end: end, quoteDepth: depth) {
                break
            } else {
                j += 1
            }
        }
        emit(i)
        return i + 1
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    /// The index where `closer` starts, searching from `start`, skipping
    /// backslash pairs, optionally stopping at a blank line.
    private func findCloser(_ closer: [Unicode.Scalar], from start: Int, end: Int, crossBlankLines: Bool,
                            quoteDepth: Int) -> Int? {
        var j = start
        while j + closer.count <= end {
            if text[j] == closer[0], text[j..<(j + closer.count)].elementsEqual(closer) { return j }
            if text[j] == "\\" {
                j += 2
            } else if !crossBlankLines, isBlankLineBreak(at: j, end: end, quoteDepth: quoteDepth) {
                return nil
            } else {
                j += 1
            }
        }
        return nil
    }

    /// Whether the line break at `j` is followed by a blank line (a paragraph
    /// end). Inside a blockquote `quoteDepth` deep, a line of only `>` markers is blank.
    private func isBlankLineBreak(at j: Int, end: Int, quoteDepth: Int) -> Bool {
        guard text[j] == "\n" else { return false }
        let k = afterQuoteMarkers(from: j + 1, end: end, depth: quoteDepth).index
        return k >= end || text[k] == "\n"
    }

    /// Skips spaces, tabs and up to `depth` blockquote markers from `start`;
    /// returns where that ends and the indices of the markers skipped.
    private func afterQuoteMarkers(from start: Int, end: Int, depth: Int) -> (index: Int, markers: [Int]) {
        var k = start
        var markers: [Int] = []
        while k < end {
            if text[k] == " " || text[k] == "\t" {
                k += 1
            } else if text[k] == ">", markers.count < depth {
                markers.append(k)
                k += 1
            } else {
                break
            }
        }
        return (k, markers)
    }

    /// How many blockquote markers (`>`) open the line holding `index`, counting
    /// through a list marker (`- > quote`): a formula that continues on the
    /// next lines of the quote must not take their `>` as TeX.
    private mutating func quoteDepth(ofLineAt index: Int) -> Int {
        let line = lineOf[min(index, lineOf.count - 1)]
        if let known = quoteDepths[line] { return known }
        var k = lineStart[line - firstLine]
        var depth = 0
        while k < text.count {
            let c = text[k]
            if c == " " || c == "\t" {
                k += 1
            } else if c == ">" {
                depth += 1
                k += 1
            } else if (c == "-" || c == "+" || c == "*"), k + 1 < text.count, text[k + 1] == " " {
                k += 2
            } else if Self.isDigit(c) {
                var m = k
                while m < text.count, Self.isDigit(text[m]), m - k < 9 { m += 1 }
                guard m + 1 < text.count, text[m] == "." || text[m] == ")", text[m + 1] == " " else { break }
                k = m + 2
            } else {
                break
            }
        }
        quoteDepths[line] = depth
        return depth
    }

    // MARK: Output

    private mutating func emit(_ i: Int) {
        emitVerbatim(i, i + 1)
    }

    private mutating func emitVerbatim(_ start: Int, _ end: Int) {
        guard start < end else { return }
        runs.note(outputByte: output.count, originalByte: byteOffset[start], verbatim: true)
        let base = output.count - byteOffset[start]
        output.append(contentsOf: bytes[byteOffset[start]..<byteOffset[end]])
        for i in start..<end where text[i] == "\n" {
            originalLine.append(lineOf[i + 1])
            outputLineStarts.append(base + byteOffset[i + 1])
        }
    }

    /// One placeholder for `replacement`, standing for the source from `originalStart` (a scalar index).
    private mutating func emitReplacement(_ replacement: Replacement, originalStart: Int) {
        guard let scalar = Self.placeholder(replacements.count) else { return }
        replacements.append(replacement)
        runs.note(outputByte: output.count, originalByte: byteOffset[originalStart], verbatim: false)
        output.append(contentsOf: String(scalar).utf8)
    }

    private mutating func emitMath(texStart: Int, texEnd: Int, delimiter: MathSpan.Delimiter, resumeAt: Int) {
        var texBytes = Array(bytes[byteOffset[texStart]..<byteOffset[texEnd]])
        // In a blockquote, the `>` that open the formula's later lines are the
        // quote's, not TeX's: they become spaces (columns stay as written).
        let depth = quoteDepth(ofLineAt: texStart)
        if depth > 0 {
            for i in texStart..<texEnd where text[i] == "\n" {
                for marker in afterQuoteMarkers(from: i + 1, end: texEnd, depth: depth).markers {
                    texBytes[byteOffset[marker] - byteOffset[texStart]] = UInt8(ascii: " ")
                }
            }
        }
        let tex = String(decoding: texBytes, as: UTF8.self)
        let span = MathSpan(tex: tex, delimiter: delimiter,
                            line: lineOf[texStart], column: columnOf[texStart])
        if Self.placeholder(replacements.count) == nil {
            // Out of placeholders (over a million formulas): leave the rest as prose.
            emitVerbatim(texStart - openerLength(delimiter), resumeAt)
            return
        }
        emitReplacement(.math(span), originalStart: texStart - openerLength(delimiter))
    }

    private func openerLength(_ delimiter: MathSpan.Delimiter) -> Int {
        switch delimiter {
        case .dollar: 1
        case .doubleDollar, .parenthesis, .bracket: 2
        case .environment: 0
        }
    }
}
