/// What `@label` can refer to, numbered as a reader counts (docs/ARCHITECTURE.md,
/// "Fenced divs, cross-references and citations"): figures (cells with a
/// `fig-cap`, labelled `fig-…`), equations (display math followed by
/// `{#eq-…}`), sections (a heading followed by `{#sec-…}`) and theorem-like
/// blocks, each kind of theorem numbered on its own (Theorem 1, Lemma 1,
/// Theorem 2), all in reading order. Computed once when the notebook is read,
/// so a reference may come before what it names.
public struct CrossReferences: Sendable, Equatable {
    /// What a label names.
    public enum Kind: Sendable, Equatable, Hashable {
        case figure, equation, section
        case theorem(TheoremKind)

        /// The kind a label's prefix announces (`fig-a` → `.figure`), as Quarto reads it;
        /// nil for a label that is no cross-reference (a citation key). A label into another
        /// notebook of the folder, `session1#thm-balance`, has the kind of its part after `#`.
        public init?(label: String) {
            if let hash = label.firstIndex(of: "#") {
                // A notebook's name: letters, digits, `-`, `_`, `.` (never a path or a URL scheme).
                let document = label[..<hash]
                guard let first = document.first, first != ".",
                      document.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else { return nil }
                self.init(label: String(label[label.index(after: hash)...]))
                return
            }
            guard let dash = label.firstIndex(of: "-"), label.index(after: dash) < label.endIndex else { return nil }
            switch label[..<dash] {
            case "fig": self = .figure
            case "eq": self = .equation
            case "sec": self = .section
            default:
                guard let theorem = TheoremKind(label: label) else { return nil }
                self = .theorem(theorem)
            }
        }
    }

    public struct Target: Sendable, Equatable {
        public var kind: Kind
        /// 1, 2, … within its kind.
        public var number: Int
        /// Where the label is written.
        public var position: SourcePosition
        /// A section's heading (its text for "Section …"); empty for other kinds.
        public var title: [Inline]
        /// For a label in another notebook of the folder (`session1#thm-balance`): that
        /// notebook's name without `.md`, whose report the reference links to.
        public var document: String?

        public init(kind: Kind, number: Int, position: SourcePosition, title: [Inline] = [], document: String? = nil) {
            self.kind = kind
            self.number = number
            self.position = position
            self.title = title
            self.document = document
        }
    }

    /// `session1#thm-balance` → ("session1", "thm-balance"); nil for a label of this notebook.
    public static func external(_ label: String) -> (document: String, label: String)? {
        guard let hash = label.firstIndex(of: "#") else { return nil }
        return (String(label[..<hash]), String(label[label.index(after: hash)...]))
    }

    /// The targets by label.
    public var targets: [String: Target] = [:]
    /// The number of each captioned figure, by cell index (labelled or not).
    public var figureNumbers: [Int: Int] = [:]
    /// The number of each theorem-like div, by its `.md` position.
    public var theoremNumbers: [SourcePosition: Int] = [:]
    /// The number of each labelled equation, by its label.
    public var equationNumbers: [String: Int] = [:]

    public init() {}

    public subscript(label: String) -> Target? { targets[label] }

    /// Numbers everything in `blocks` (in reading order) and reports each label
    /// defined twice as an error at both places (two cells with one label are
    /// already ``NotebookErrorKind/duplicateCellLabel(label:firstLine:)``).
    static func collect(_ blocks: [Block], problems: inout ReadingProblems) -> CrossReferences {
        var table = CrossReferences()
        var counts: [Kind: Int] = [:]
        var firstDefinition: [String: (position: SourcePosition, isCell: Bool)] = [:]

        func next(_ kind: Kind) -> Int {
            counts[kind, default: 0] += 1
            return counts[kind]!
        }
        func define(_ label: String, _ kind: Kind?, _ position: SourcePosition, isCell: Bool = false,
                    number: Int? = nil, title: [Inline] = []) {
            if let first = firstDefinition[label] {
                if !(first.isCell && isCell) {
                    problems.add(NotebookError(line: first.position.line, column: first.position.column,
                                               kind: .duplicateLabel(label: label, other: position)))
                    problems.add(NotebookError(line: position.line, column: position.column,
                                               kind: .duplicateLabel(label: label, other: first.position)))
                }
                return
            }
            firstDefinition[label] = (position, isCell)
            if let kind, let number { table.targets[label] = Target(kind: kind, number: number, position: position, title: title) }
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .div(let div):
                    var number: Int?
                    if case .theorem(let theorem) = div.kind {
                        number = next(.theorem(theorem))
                        table.theoremNumbers[div.position] = number
                    }
                    if let id = div.attributes.id {
                        let kind: Kind? = if case .theorem(let theorem) = div.kind { .theorem(theorem) } else { nil }
                        define(id, kind, div.position, number: number)
                    }
                    walk(div.children)
                case .cell(let cell):
                    var number: Int?
                    if cell.options.figCap != nil {
                        number = next(.figure)
                        table.figureNumbers[cell.index] = number
                    }
                    if let label = cell.options.label {
                        let kind: Kind? = label.hasPrefix("fig-") && number != nil ? .figure : nil
                        define(label, kind, SourcePosition(line: cell.line, column: 1), isCell: true, number: number)
                    }
                case .displayMath(let span):
                    if let label = span.label {
                        let number = next(.equation)
                        table.equationNumbers[label] = number
                        define(label, .equation, SourcePosition(line: span.line, column: span.column), number: number)
                    }
                case .heading(let heading):
                    if let label = heading.label {
                        let kind: Kind? = label.hasPrefix("sec-") ? .section : nil
                        define(label, kind, SourcePosition(line: heading.line, column: 1),
                               number: kind == nil ? nil : next(.section), title: heading.content)
                    }
                case .blockQuote(let children):
                    walk(children)
                case .list(let list):
                    list.items.forEach(walk)
                default:
                    break
                }
            }
        }
        walk(blocks)
        return table
    }
}
