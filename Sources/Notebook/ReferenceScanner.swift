/// Finds citations and cross-references in prose text, after libcmark has
/// read the Markdown (so code spans, math, URLs and autolinks are already
/// other inlines and never scanned). Pandoc's citation syntax:
///
/// - `@key` in running text, where `@` starts the text or follows a character
///   that is not a letter or digit (`me@example.org` is no citation);
/// - `[…]` holding one or more `@key`s separated by `;`, each with optional
///   text before (a prefix) and after (a locator: `, p. 4`), `-@key` for the year alone;
/// - a key starts with a letter, digit or `_` and continues with those and the
///   punctuation `:.#$%&-+?<>~/` when followed by a letter or digit (so `@du2018.` ends at `8`).
///
/// A key with a cross-reference prefix (`fig-`, `eq-`, `sec-`, `thm-`, …) is a
/// ``Inline/crossReference(label:position:)``, otherwise a citation.
enum ReferenceScanner {
    /// Where each piece of joined text started in the `.md` file: the inline's
    /// index, the scalar offset in its text, and the position of that scalar.
    struct TextStart {
        var inline: Int
        var offset: Int
        var position: SourcePosition
    }

    static func scan(_ inlines: [Inline], starts: [TextStart]) -> [Inline] {
        guard inlines.contains(where: { if case .text(let t) = $0 { t.contains("@") } else { false } }) else { return inlines }
        var result: [Inline] = []
        // Grouped once: a paragraph of thousands of formulas must not rescan every start per text.
        let byInline = Dictionary(grouping: starts, by: \.inline)
        for (index, inline) in inlines.enumerated() {
            guard case .text(let text) = inline, text.contains("@") else { result.append(inline); continue }
            let anchors = byInline[index] ?? []
            result += split(text) { offset in
                guard let anchor = anchors.last(where: { $0.offset <= offset }) ?? anchors.first else {
                    return SourcePosition(line: 1, column: 1)
                }
                return SourcePosition(line: anchor.position.line, column: anchor.position.column + offset - anchor.offset)
            }
        }
        return result
    }

    /// Splits one text into text, citations and cross-references; `position(k)`
    /// is the `.md` position of the text's scalar `k`.
    static func split(_ text: String, position: (Int) -> SourcePosition) -> [Inline] {
        let s = Array(text.unicodeScalars)
        var result: [Inline] = []
        var pending = String.UnicodeScalarView()
        func flush() {
            if !pending.isEmpty { result.append(.text(String(pending))); pending = String.UnicodeScalarView() }
        }
        var i = 0
        while i < s.count {
            if s[i] == "[", let (inlines, end) = bracketed(s, from: i, position: position) {
                flush()
                result += inlines
                i = end
                continue
            }
            if s[i] == "@", i == 0 || !isWordScalar(s[i - 1]), let keyEnd = keyEnd(s, from: i + 1) {
                flush()
                let key = String(String.UnicodeScalarView(s[(i + 1)..<keyEnd]))
                if CrossReferences.Kind(label: key) != nil {
                    result.append(.crossReference(label: key, position: position(i)))
                } else {
                    result.append(.citation(Citation(items: [Citation.Item(key: key, position: position(i))], narrative: true,
                                                     source: "@" + key)))
                }
                i = keyEnd
                continue
            }
            pending.append(s[i])
            i += 1
        }
        flush()
        return result
    }

    /// `[…@key…; …]` from `start` (the `[`): the inlines it stands for and the index after `]`,
    /// or nil when the brackets hold no citation.
    private static func bracketed(_ s: [Unicode.Scalar], from start: Int,
                                  position: (Int) -> SourcePosition) -> ([Inline], Int)? {
        var close = start + 1
        while close < s.count, s[close] != "]" {
            if s[close] == "[" { return nil }
            close += 1
        }
        guard close < s.count, s[(start + 1)..<close].contains("@") else { return nil }
        var items: [Citation.Item] = []
        var partStart = start + 1
        var k = start + 1
        while k <= close {
            guard k == close || s[k] == ";" else { k += 1; continue }
            guard let item = item(s, from: partStart, to: k, position: position) else { return nil }
            items.append(item)
            partStart = k + 1
            k += 1
        }
        let source = String(String.UnicodeScalarView(s[start...close]))
        // `[@fig-a]`, `[@eq-b; @eq-c]`: cross-references, written without brackets.
        if items.allSatisfy({ CrossReferences.Kind(label: $0.key) != nil }) {
            var inlines: [Inline] = []
            for (n, item) in items.enumerated() {
                if n > 0 { inlines.append(.text("; ")) }
                if !item.prefix.isEmpty { inlines.append(.text(item.prefix + " ")) }
                inlines.append(.crossReference(label: item.key, position: item.position))
                if !item.suffix.isEmpty { inlines.append(.text(", " + item.suffix)) }
            }
            return (inlines, close + 1)
        }
        return ([.citation(Citation(items: items, narrative: false, source: source))], close + 1)
    }

    /// One `prefix -@key, suffix` part of a bracketed citation.
    private static func item(_ s: [Unicode.Scalar], from start: Int, to end: Int,
                             position: (Int) -> SourcePosition) -> Citation.Item? {
        var at = start
        while at < end, !(s[at] == "@" && (at == start || !isWordScalar(s[at - 1]))) { at += 1 }
        guard at < end, let keyEnd = keyEnd(s, from: at + 1), keyEnd <= end else { return nil }
        var prefixEnd = at
        let suppress = at > start && s[at - 1] == "-"
        if suppress { prefixEnd -= 1 }
        let prefix = String(String.UnicodeScalarView(s[start..<prefixEnd])).trimmingWhitespace
        var suffix = Substring(String(String.UnicodeScalarView(s[keyEnd..<end])))
        suffix = suffix.drop { $0 == " " }
        if suffix.first == "," { suffix = suffix.dropFirst() }
        return Citation.Item(key: String(String.UnicodeScalarView(s[(at + 1)..<keyEnd])), prefix: prefix,
                             suffix: String(suffix).trimmingWhitespace, suppressAuthor: suppress, position: position(at))
    }

    /// The index after the key starting at `start`, or nil when no key starts there.
    private static func keyEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < s.count, isWordScalar(s[start]) || s[start] == "_" else { return nil }
        var i = start + 1
        while i < s.count {
            if isWordScalar(s[i]) || s[i] == "_" { i += 1; continue }
            if internalPunctuation.contains(s[i]), i + 1 < s.count, isWordScalar(s[i + 1]) || s[i + 1] == "_" {
                i += 2
                continue
            }
            break
        }
        return i
    }

    private static let internalPunctuation: Set<Unicode.Scalar> = [":", ".", "#", "$", "%", "&", "-", "+", "?", "<", ">", "~", "/"]

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
