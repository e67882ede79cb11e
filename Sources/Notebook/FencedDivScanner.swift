/// Splits a notebook body at its fenced divs (`::: {…}` … `:::`) before
/// CommonMark reads it, so that the Markdown between the fences is parsed
/// on its own and the divs nest as written (docs/ARCHITECTURE.md, "Fenced
/// divs, cross-references and citations").
///
/// The rules, pandoc's: a fence is a line of at least three colons indented
/// less than four spaces; an opening fence has attributes after the colons
/// (`{#id .class key="v"}` or one bare word, a class), optionally followed
/// by more colons; a closing fence has nothing else. Lines inside a code
/// fence are code, never div fences.
///
/// Limits: divs nest at most ``maximumDepth`` deep (deeper is an error at
/// the opening fence) and attributes are at most ``maximumAttributeLength``
/// characters. An unclosed div is a warning at its opening fence and ends
/// where the document ends; a `:::` that closes nothing is a warning and is
/// dropped; attributes that cannot be read are a warning and the div opens
/// with what could be read.
struct FencedDivScanner {
    static let maximumDepth = 32
    static let maximumAttributeLength = 4096

    /// A stretch of Markdown (its `.md` first line and text), or a div with its contents.
    indirect enum Segment: Equatable {
        case markdown(firstLine: Int, text: String)
        case div(Opening, [Segment])
    }

    /// An opening fence, read.
    struct Opening: Equatable {
        var attributes: DivAttributes
        var position: SourcePosition
    }

    private struct Frame {
        var opening: Opening?
        var segments: [Segment] = []
    }

    /// Splits `body`, whose first line is `.md` line `firstLine`.
    static func split(_ body: Substring, firstLine: Int, problems: inout ReadingProblems) -> [Segment] {
        // Most notebooks have no div: one segment, no copying of lines.
        guard body.contains(":::") else { return [.markdown(firstLine: firstLine, text: String(body))] }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var stack = [Frame()]
        var chunk: [Substring] = []
        var chunkLine = firstLine
        var codeFence: (character: Character, length: Int)?
        var reportedDepth = false

        func flush(nextLine: Int) {
            if !chunk.isEmpty {
                stack[stack.count - 1].segments.append(.markdown(firstLine: chunkLine, text: chunk.joined(separator: "\n")))
                chunk = []
            }
            chunkLine = nextLine
        }

        for (offset, text) in lines.enumerated() {
            let line = firstLine + offset
            if let fence = codeFence {
                if isClosingCodeFence(text, fence) { codeFence = nil }
                chunk.append(text)
                continue
            }
            if let fence = openingCodeFence(text) {
                codeFence = fence
                chunk.append(text)
                continue
            }
            guard let fence = divFence(text) else {
                chunk.append(text)
                continue
            }
            if fence.attributes.isEmpty {
                guard stack.count > 1 else {
                    problems.warn(line: line, column: fence.column, .strayDivClose)
                    chunk.append("")
                    continue
                }
                flush(nextLine: line + 1)
                guard let frame = stack.popLast(), let opening = frame.opening else { continue }
                stack[stack.count - 1].segments.append(.div(opening, frame.segments))
                continue
            }
            guard stack.count <= maximumDepth else {
                // Reported once: 100,000 nested fences are one mistake, not 100,000.
                if !reportedDepth {
                    problems.add(NotebookError(line: line, column: fence.column, kind: .divNestingTooDeep(limit: maximumDepth)))
                    reportedDepth = true
                }
                chunk.append("")
                continue
            }
            let attributes = readAttributes(fence.attributes, line: line, column: fence.attributesColumn, problems: &problems)
            flush(nextLine: line + 1)
            stack.append(Frame(opening: Opening(attributes: attributes, position: SourcePosition(line: line, column: fence.column))))
        }
        flush(nextLine: firstLine + lines.count)
        // Unclosed divs end with the document, each a warning at its fence.
        while stack.count > 1, let frame = stack.popLast(), let opening = frame.opening {
            problems.warn(line: opening.position.line, column: opening.position.column, .unclosedDiv)
            stack[stack.count - 1].segments.append(.div(opening, frame.segments))
        }
        return stack[0].segments
    }

    // MARK: Code fences (CommonMark's rules, as MathScanner reads them)

    private static func openingCodeFence(_ line: Substring) -> (character: Character, length: Int)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4, let mark = line.dropFirst(indent).first, mark == "`" || mark == "~" else { return nil }
        let run = line.dropFirst(indent).prefix { $0 == mark }.count
        guard run >= 3 else { return nil }
        if mark == "`", line.dropFirst(indent + run).contains("`") { return nil }
        return (mark, run)
    }

    private static func isClosingCodeFence(_ line: Substring, _ fence: (character: Character, length: Int)) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == fence.character }.count
        return run >= fence.length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    // MARK: Div fences

    private struct DivFence {
        /// 1-based column of the first colon.
        var column: Int
        /// The text after the colons without trailing colons and spaces (empty: a closing fence).
        var attributes: Substring
        var attributesColumn: Int
    }

    private static func divFence(_ line: Substring) -> DivFence? {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        let colons = rest.prefix { $0 == ":" }.count
        guard colons >= 3 else { return nil }
        var after = rest.dropFirst(colons)
        let leading = after.prefix { $0 == " " || $0 == "\t" }.count
        after = after.dropFirst(leading)
        // Trailing colons and spaces close the fence line (`::: {.x} :::`).
        while let last = after.last, last == ":" || last == " " || last == "\t" { after = after.dropLast() }
        let column = indent + 1
        return DivFence(column: column, attributes: after,
                        attributesColumn: column + colons + leading)
    }

    /// Reads `{#id .class key=value key="quoted value"}` or a bare word (a class).
    static func readAttributes(_ text: Substring, line: Int, column: Int,
                               problems: inout ReadingProblems) -> DivAttributes {
        var attributes = DivAttributes()
        guard text.count <= maximumAttributeLength else {
            problems.warn(line: line, column: column, .divAttributes(.tooLong(limit: maximumAttributeLength)))
            return attributes
        }
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "{" else {
            // A bare word: a class (`::: notes`); anything after it is not pandoc's syntax.
            let word = scalars.prefix { !$0.properties.isWhitespace }
            attributes.classes.append(String(String.UnicodeScalarView(word)))
            if word.count < scalars.count {
                problems.warn(line: line, column: column + word.count + 1, .divAttributes(.unexpected))
            }
            return attributes
        }
        var i = 1
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" }
        func isNameEnd(_ s: Unicode.Scalar) -> Bool { isSpace(s) || s == "}" || s == "=" }
        func word() -> String {
            var result = String.UnicodeScalarView()
            while i < scalars.count, !isNameEnd(scalars[i]) { result.append(scalars[i]); i += 1 }
            return String(result)
        }
        while i < scalars.count {
            let start = i
            switch scalars[i] {
            case " ", "\t":
                i += 1
            case "}":
                if i + 1 < scalars.count {
                    problems.warn(line: line, column: column + i + 1, .divAttributes(.unexpected))
                }
                return attributes
            case "#":
                i += 1
                let id = word()
                if id.isEmpty { problems.warn(line: line, column: column + start, .divAttributes(.unexpected)) }
                else if attributes.id != nil { problems.warn(line: line, column: column + start, .divAttributes(.secondID)) }
                else { attributes.id = id }
            case ".":
                i += 1
                let name = word()
                if name.isEmpty { problems.warn(line: line, column: column + start, .divAttributes(.unexpected)) }
                else { attributes.classes.append(name) }
            default:
                let key = word()
                guard !key.isEmpty, i < scalars.count, scalars[i] == "=" else {
                    // A bare key is pandoc's empty value; only `key=` forms carry meaning here.
                    if key.isEmpty { i += 1 }
                    problems.warn(line: line, column: column + start, .divAttributes(.unexpected))
                    continue
                }
                i += 1
                let valueStart = i
                var value = String.UnicodeScalarView()
                if i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" {
                    let quote = scalars[i]
                    i += 1
                    var closed = false
                    while i < scalars.count {
                        if scalars[i] == "\\", i + 1 < scalars.count { value.append(scalars[i + 1]); i += 2; continue }
                        if scalars[i] == quote { closed = true; i += 1; break }
                        value.append(scalars[i]); i += 1
                    }
                    guard closed else {
                        problems.warn(line: line, column: column + valueStart, .divAttributes(.unclosedQuote))
                        return attributes
                    }
                    attributes.values.append(.init(key: key, value: String(value),
                                                   position: SourcePosition(line: line, column: column + valueStart + 1)))
                } else {
                    while i < scalars.count, !isSpace(scalars[i]), scalars[i] != "}" { value.append(scalars[i]); i += 1 }
                    attributes.values.append(.init(key: key, value: String(value),
                                                   position: SourcePosition(line: line, column: column + valueStart)))
                }
            }
        }
        problems.warn(line: line, column: column, .divAttributes(.unclosedBrace))
        return attributes
    }
}
