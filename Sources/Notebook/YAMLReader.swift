import Yams

/// Reads YAML nodes into Swift values, turning every mismatch into a
/// ``NotebookError`` at the node's `.md` position. Shared by the front matter
/// and the `//|` cell options, which are both YAML.
struct YAMLReader {
    /// `.md` line of the YAML's first line.
    var firstLine: Int
    /// Column offset of the YAML text within its `.md` line (cell options
    /// start after `//|`), added to Yams's columns.
    var columnOffset: Int = 0
    /// Dotted path of the mapping being read, for error data (`execute.`).
    var keyPrefix: String
    /// Front matter or cell options: the words of errors differ.
    var section: YAMLSection
    /// The YAML text, to tell a writer what is wrong with a line Yams rejects.
    var text: String

    init(firstLine: Int, columnOffset: Int = 0, keyPrefix: String, section: YAMLSection, text: String) {
        self.firstLine = firstLine
        self.columnOffset = columnOffset
        self.keyPrefix = keyPrefix
        self.section = section
        self.text = text
    }

    /// Composes `yaml` into a node tree; nil for an empty document. Refuses
    /// YAML that is too large, too deeply nested or expands through aliases
    /// past ``YAMLLimits`` (checked on libyaml's events before anything is built).
    func compose(_ yaml: String) throws(NotebookError) -> Node? {
        if yaml.utf8.count > YAMLLimits.maximumBytes {
            throw NotebookError(line: firstLine, column: 1 + columnOffset,
                                kind: .yamlTooLarge(section: section, limit: YAMLLimits.maximumBytes))
        }
        if let violation = YAMLLimits.check(yaml) {
            let kind: NotebookErrorKind = switch violation.limit {
            case .nesting: .yamlNestingTooDeep(section: section, limit: YAMLLimits.maximumDepth)
            case .expansion: .yamlAliasExpansion(section: section, limit: YAMLLimits.maximumNodes)
            }
            throw NotebookError(line: firstLine + violation.line - 1, column: violation.column + columnOffset, kind: kind)
        }
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw translate(error)
        } catch {
            throw NotebookError(line: firstLine, column: 1 + columnOffset, kind: syntaxKind(String(describing: error)))
        }
    }

    private func syntaxKind(_ problem: String) -> NotebookErrorKind {
        switch section {
        case .frontMatter: .frontMatterSyntax(problem: problem)
        case .cellOptions: .cellOptionSyntax(problem: problem)
        }
    }

    private func translate(_ error: YamlError) -> NotebookError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return valueSyntaxError(problem: problem, mark: mark) ?? located(mark, syntaxKind(problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return located(context.mark, syntaxKind("duplicated keys: " + duplicates.joined(separator: ", ")))
        case let .reader(problem, _, _, _):
            return NotebookError(line: firstLine, column: 1 + columnOffset, kind: syntaxKind(problem))
        default:
            return NotebookError(line: firstLine, column: 1 + columnOffset, kind: syntaxKind(String(describing: error)))
        }
    }

    /// libyaml's complaint about a `key: value` line, said the way a writer can act on it:
    /// nearly always, the value must be quoted. Nil when the line is not a simple `key: value`.
    private func valueSyntaxError(problem: String, mark: Mark) -> NotebookError? {
        // libyaml often notices the problem on the line after (an unclosed quote or
        // bracket): look at the line it points at and the ones above, for the first
        // `key: value` line whose value is at fault.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var index = min(max(mark.line - 1, 0), lines.count - 1)
        while index >= 0 {
            let line = lines[index]
            if let (key, valueColumn, value) = Self.keyAndValue(line), let issue = Self.problem(with: value, libyaml: problem) {
                return NotebookError(line: firstLine + index, column: valueColumn + columnOffset,
                                     kind: .yamlValueSyntax(section: section, key: keyPrefix + key, problem: issue))
            }
            if index < mark.line - 2 || line.first.map({ $0 != " " && $0 != "\t" }) == true { break }
            index -= 1
        }
        return nil
    }

    /// A top-level `key: value` line: its key, the 1-based column of its value and the value.
    static func keyAndValue(_ line: Substring) -> (key: String, column: Int, value: Substring)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let colon = trimmed.range(of: ": ") else { return nil }
        let key = trimmed[..<colon.lowerBound]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
        else { return nil }
        let value = trimmed[colon.upperBound...].drop { $0 == " " }
        guard !value.isEmpty else { return nil }
        return (String(key), line[..<value.startIndex].unicodeScalars.count + 1, value)
    }

    /// What is wrong with a value that made libyaml fail, if it is one of the usual slips.
    static func problem(with value: Substring, libyaml problem: String) -> YAMLValueProblem? {
        guard let first = value.first else { return nil }
        if first == "\"" || first == "'" {
            let body = value.dropFirst()
            var escaped = false
            for character in body {
                if first == "\"", character == "\\", !escaped { escaped = true; continue }
                if character == first, !escaped { return nil }
                escaped = false
            }
            return .unclosedQuote
        }
        if first == "[" || first == "{" {
            return problem.contains("did not find expected") || problem.contains("end of stream") ? .unclosedBracket : nil
        }
        if "@`%|>!&*".contains(first) { return .reservedFirstCharacter(first) }
        if value.contains(": ") { return .colonInPlainValue }
        return nil
    }

    /// Where a string value's text starts in the `.md` file. For a block
    /// scalar (`|`, `>`) that is the line after the indicator, at the
    /// indentation of the mapping plus two (YAML's usual style); the columns
    /// of later lines of a folded or indented value are approximate.
    func markupPosition(of node: Node) -> MarkupPosition {
        guard let mark = node.mark else { return MarkupPosition(line: firstLine, column: 1) }
        let line = firstLine + mark.line - 1
        switch node.scalar?.style {
        case .literal?, .folded?: return MarkupPosition(line: line + 1, column: 3)
        case .singleQuoted?, .doubleQuoted?: return MarkupPosition(line: line, column: mark.column + 1)
        default: return MarkupPosition(line: line, column: mark.column)
        }
    }

    func located(_ mark: Mark?, _ kind: NotebookErrorKind) -> NotebookError {
        guard let mark else { return NotebookError(line: firstLine, column: 1 + columnOffset, kind: kind) }
        return NotebookError(line: firstLine + mark.line - 1, column: mark.column + columnOffset, kind: kind)
    }

    func error(at node: Node, _ kind: NotebookErrorKind) -> NotebookError {
        located(node.mark, kind)
    }

    /// The mapping's entries in document order, each value with its key's dotted path
    /// remembered for errors (keys that are not strings are skipped).
    func keyedEntries(_ mapping: Node.Mapping) -> [(key: Node, value: KeyedNode)] {
        mapping.compactMap { key, value in
            key.scalar.map { (key, KeyedNode(key: keyPrefix + $0.string, node: value)) }
        }
    }

    /// A nested mapping such as `execute:`; its entries' keys are dotted.
    func subMapping(_ keyed: KeyedNode) throws(NotebookError) -> [(key: Node, value: KeyedNode)] {
        guard let mapping = keyed.node.mapping else {
            throw mismatch(keyed, expected: .stringMapping)
        }
        var nested = self
        nested.keyPrefix = keyed.key + "."
        return nested.keyedEntries(mapping)
    }

    /// The `.md` position of a node.
    func position(of node: Node) -> SourcePosition {
        guard let mark = node.mark else { return SourcePosition(line: firstLine, column: 1 + columnOffset) }
        return SourcePosition(line: firstLine + mark.line - 1, column: mark.column + columnOffset)
    }

    /// YAML's null (`~`, `null`, or nothing after the colon): the key counts as absent.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func mismatch(_ keyed: KeyedNode, expected: ValueKind) -> NotebookError {
        let found = keyed.node.scalar?.string ?? (keyed.node.sequence != nil ? "[…]" : "{…}")
        switch section {
        case .frontMatter: return error(at: keyed.node, .frontMatterValue(key: keyed.key, expected: expected, found: found))
        case .cellOptions: return error(at: keyed.node, .cellOptionValue(key: keyed.key, expected: expected, found: found))
        }
    }

    func string(_ keyed: KeyedNode) throws(NotebookError) -> String {
        guard let scalar = keyed.node.scalar else { throw mismatch(keyed, expected: .string) }
        return scalar.string
    }

    /// YAML core schema booleans: `true`/`false` in any of its three spellings.
    /// A quoted `"true"` is a string and is rejected.
    func bool(_ keyed: KeyedNode) throws(NotebookError) -> Bool {
        if let scalar = keyed.node.scalar, scalar.style == .plain {
            switch scalar.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        throw mismatch(keyed, expected: .boolean)
    }

    func unsignedInteger(_ keyed: KeyedNode) throws(NotebookError) -> UInt64 {
        guard let scalar = keyed.node.scalar, scalar.style == .plain else {
            throw mismatch(keyed, expected: .unsignedInteger)
        }
        let digits = scalar.string.filter { $0 != "_" }
        let value: UInt64?
        if digits.hasPrefix("0x") {
            value = UInt64(digits.dropFirst(2), radix: 16)
        } else {
            value = UInt64(digits.hasPrefix("+") ? String(digits.dropFirst()) : digits)
        }
        guard let value else { throw mismatch(keyed, expected: .unsignedInteger) }
        return value
    }

    func positiveNumber(_ keyed: KeyedNode) throws(NotebookError) -> Double {
        guard let scalar = keyed.node.scalar, scalar.style == .plain,
              let value = Double(scalar.string), value.isFinite, value > 0 else {
            throw mismatch(keyed, expected: .positiveNumber)
        }
        return value
    }

    /// `1048576`, `200 KB`, `64 MB`, `2 GB`: bytes, powers of 1024 (as nb's messages write sizes).
    func byteSize(_ keyed: KeyedNode) throws(NotebookError) -> Int {
        guard let scalar = keyed.node.scalar else { throw mismatch(keyed, expected: .byteSize) }
        let text = scalar.string.filter { $0 != "_" }
        let units: [(suffix: String, shift: Int)] = [("KB", 10), ("MB", 20), ("GB", 30), ("TB", 40), ("bytes", 0), ("B", 0)]
        var number = Substring(text)
        var shift = 0
        if let unit = units.first(where: { text.hasSuffix($0.suffix) }) {
            number = text.dropLast(unit.suffix.count)
            shift = unit.shift
        }
        let trimmed = String(number.filter { $0 != " " })
        guard let value = Double(trimmed), value.isFinite, value > 0, value * Double(1 << shift) < 0x1p62 else {
            throw mismatch(keyed, expected: .byteSize)
        }
        return Int(value * Double(1 << shift))
    }

    func authors(_ keyed: KeyedNode) throws(NotebookError) -> [String] {
        if keyed.node.scalar != nil { return [try string(keyed)] }
        guard let sequence = keyed.node.sequence else { throw mismatch(keyed, expected: .stringList) }
        var names: [String] = []
        for item in sequence {
            if let scalar = item.scalar {
                names.append(scalar.string)
            } else if let name = item.mapping?["name"]?.scalar {
                names.append(name.string)
            } else {
                throw mismatch(KeyedNode(key: keyed.key, node: item), expected: .stringList)
            }
        }
        return names
    }

    func macros(_ keyed: KeyedNode) throws(NotebookError) -> [String: String] {
        guard let mapping = keyed.node.mapping else { throw mismatch(keyed, expected: .stringMapping) }
        var macros: [String: String] = [:]
        for (key, value) in mapping {
            guard var name = key.scalar?.string else { throw mismatch(keyed, expected: .stringMapping) }
            let entry = KeyedNode(key: keyed.key + "." + name, node: value)
            if name.hasPrefix("\\") { name.removeFirst() }
            if let scalar = value.scalar {
                macros[name] = scalar.string
            } else if let first = value.sequence?.first?.scalar {
                macros[name] = first.string
            } else {
                throw mismatch(entry, expected: .string)
            }
        }
        return macros
    }
}

/// Where a front-matter text starts in the `.md` file (1-based).
struct MarkupPosition: Equatable {
    var line: Int
    var column: Int
}

/// A YAML value and the dotted key it was found under.
struct KeyedNode {
    var key: String
    var node: Node
}

extension YAMLReader {
    /// `format:` as Quarto writes it: `pdf`, `[html, pdf]`, or a mapping whose keys are the
    /// formats (`format: {html: default, pdf: default}`); each named once, in the order written.
    func outputFormats(_ keyed: KeyedNode) throws(NotebookError) -> [OutputFormat] {
        var names: [Node] = []
        if keyed.node.scalar != nil {
            names = [keyed.node]
        } else if let sequence = keyed.node.sequence {
            names = Array(sequence)
        } else if let mapping = keyed.node.mapping {
            names = mapping.map { $0.key }
        }
        var formats: [OutputFormat] = []
        for name in names {
            guard let text = name.scalar?.string, let format = OutputFormat(name: text) else {
                throw mismatch(KeyedNode(key: keyed.key, node: name), expected: .outputFormats)
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw mismatch(keyed, expected: .outputFormats) }
        return formats
    }
}
