import Notebook

extension Messages {
    /// The message for a notebook that cannot be read.
    public static func text(for kind: NotebookErrorKind) -> String {
        switch kind {
        case .frontMatterSyntax(let problem): "invalid YAML in front matter: \(problem)"
        case .unclosedFrontMatter: "front matter opened with '---' is never closed with '---'"
        case .frontMatterNotMapping: "front matter must be a mapping of keys to values"
        case .frontMatterValue(let key, let expected, let found):
            "front matter '\(key)' must be \(describe(expected)), not '\(found)'"
        case .unclosedFence(let fence): "code fence '\(fence)' is never closed"
        case .cellOptionSyntax(let problem): "invalid cell option: \(problem)"
        case .unknownCellOption(let key):
            "unknown cell option '\(key)' (options: \(CellOptions.names.joined(separator: ", ")))"
        case .cellOptionValue(let key, let expected, let found):
            "cell option '\(key)' must be \(describe(expected)), not '\(found)'"
        case .duplicateCellLabel(let label, let firstLine):
            "cell label '\(label)' is already used by the cell on line \(firstLine)"
        case .markdownParserFailed: "the Markdown parser failed (out of memory?)"
        case .nestingTooDeep(let limit): "Markdown nested more than \(limit) levels deep"
        }
    }

    private static func describe(_ kind: ValueKind) -> String {
        switch kind {
        case .boolean: "true or false"
        case .string: "text"
        case .unsignedInteger: "a whole number from 0 to 18446744073709551615"
        case .positiveNumber: "a number of seconds greater than 0"
        case .stringMapping: "a mapping of names to strings"
        case .stringList: "a name or a list of names"
        case .identifier: "an identifier (letters, digits, '-', '_', '.', ':')"
        }
    }
}
