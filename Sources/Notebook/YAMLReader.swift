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

    init(firstLine: Int, columnOffset: Int = 0, keyPrefix: String) {
        self.firstLine = firstLine
        self.columnOffset = columnOffset
        self.keyPrefix = keyPrefix
    }

    /// Composes `yaml` into a node tree; nil for an empty document.
    func compose(_ yaml: String) throws(NotebookError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw translate(error)
        } catch {
            throw NotebookError(line: firstLine, column: 1, kind: .frontMatterSyntax(problem: String(describing: error)))
        }
    }

    private func translate(_ error: YamlError) -> NotebookError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return located(mark, .frontMatterSyntax(problem: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return located(context.mark, .frontMatterSyntax(problem: "duplicated keys: " + duplicates.joined(separator: ", ")))
        case let .reader(problem, _, _, _):
            return NotebookError(line: firstLine, column: 1, kind: .frontMatterSyntax(problem: problem))
        default:
            return NotebookError(line: firstLine, column: 1, kind: .frontMatterSyntax(problem: String(describing: error)))
        }
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

    /// The mapping's entries by key, with the key's dotted path remembered for errors.
    func entries(_ mapping: Node.Mapping) -> [String: KeyedNode] {
        var result: [String: KeyedNode] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            result[name] = KeyedNode(key: keyPrefix + name, node: value)
        }
        return result
    }

    /// A nested mapping such as `execute:`; its entries' keys are dotted.
    func subMapping(_ keyed: KeyedNode) throws(NotebookError) -> [String: KeyedNode] {
        guard let mapping = keyed.node.mapping else {
            throw mismatch(keyed, expected: .stringMapping)
        }
        var nested = self
        nested.keyPrefix = keyed.key + "."
        return nested.entries(mapping)
    }

    func mismatch(_ keyed: KeyedNode, expected: ValueKind) -> NotebookError {
        let found = keyed.node.scalar?.string ?? (keyed.node.sequence != nil ? "[…]" : "{…}")
        return error(at: keyed.node, .frontMatterValue(key: keyed.key, expected: expected, found: found))
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
