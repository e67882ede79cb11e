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
        case .cellOptionValue(let key, let expected, let found):
            "cell option '\(key)' must be \(describe(expected)), not '\(found)'"
        case .duplicateCellLabel(let label, let firstLine):
            "cell label '\(label)' is already used by the cell on line \(firstLine)"
        case .markdownParserFailed: "the Markdown parser failed (out of memory?)"
        case .nestingTooDeep(let limit): "Markdown nested more than \(limit) levels deep"
        case let .yamlValueSyntax(section, key, problem): valueSyntax(section: section, key: key, problem: problem)
        case let .yamlTooLarge(section, limit): "\(name(of: section)) longer than the limit of \(limit) bytes"
        case let .yamlNestingTooDeep(section, limit):
            "YAML nested more than \(limit) levels deep in \(name(of: section))"
        case let .yamlAliasExpansion(section, limit):
            "YAML aliases in \(name(of: section)) expand to more than \(limit) values (the limit)"
        case .divNestingTooDeep(let limit): "fenced divs (':::') nested more than \(limit) deep"
        case let .duplicateLabel(label, other):
            "label '\(label)' is also defined at line \(other.line), column \(other.column); labels must be unique"
        }
    }

    /// The message for a notebook problem that does not stop it.
    public static func text(for kind: NotebookWarningKind) -> String {
        switch kind {
        case .controlCharacter(let scalar):
            "control character U+\(hex(scalar.value)) left out of the text"
        case .cellInsideHTMLBlock(let htmlLine):
            "this swift cell is inside the HTML block that starts on line \(htmlLine) and will not run; "
                + "end the HTML block with a blank line before the fence"
        case let .unknownFrontMatterKey(key, known):
            "unknown front-matter key '\(key)' is ignored" + suggestion(for: key, among: known)
        case let .unknownCellOption(key, known):
            "unknown cell option '\(key)' is ignored" + suggestion(for: key, among: known)
        case let .unknownCallout(className, known):
            "unknown callout '\(className)': the div is shown plain" + calloutSuggestion(for: className, among: known)
        case .refusedURL(let scheme):
            "link to a '\(scheme):' URL left out (a report links only to http, https, mailto and relative URLs)"
        case .unclosedDiv: "this div is never closed with a ':::' line; it ends where the document ends"
        case .strayDivClose: "this ':::' closes no div and is left out"
        case .divAttributes(let problem): divAttributes(problem)
        case .unknownCrossReference(let label):
            "'@\(label)' refers to no figure, equation, section or theorem labelled '\(label)'"
        case let .unknownNotebook(label, file):
            "'@\(label)' refers to '\(file)', which is not a notebook in this notebook's folder"
        case .unknownCitation(let key): "no bibliography entry has the key '\(key)'"
        case let .bibliographyFile(name, problem): "bibliography '\(name)' " + fileProblem(problem)
        case let .bibliographySyntax(name, problem):
            "\(name):\(problem.line):\(problem.column): " + bibTeX(problem.kind) + "; the entry is skipped"
        case .noBibliography:
            "this citation has no bibliography to come from: add 'references:' or 'bibliography: refs.bib' to the front matter"
        }
    }

    private static func fileProblem(_ problem: FileProblem) -> String {
        switch problem {
        case .notFound: "does not exist: no such file in the notebook's folder"
        case .outsideFolder: "must be a file in the notebook's folder (no absolute path, no '..')"
        case .tooLarge(let limit): "is larger than the limit of \(limit) bytes"
        case .notUTF8: "is not UTF-8 text"
        case .unreadable: "could not be read"
        }
    }

    private static func bibTeX(_ kind: BibTeXProblem.Kind) -> String {
        switch kind {
        case .expected(let what):
            switch what {
            case .entryType: "expected an entry type after '@' (@article)"
            case .entryOpening: "expected '{' after the entry type"
            case .citationKey: "expected the entry's citation key"
            case .fieldName: "expected a field name"
            case .equals: "expected '=' between the field's name and its value"
            case .fieldSeparator: "expected ',' between fields"
            case .value: "expected a value: {…}, \"…\", a number or a @string name"
            case .closing: "expected the '}' that closes the entry"
            }
        case .unclosedEntry: "this entry is never closed"
        case .nestingTooDeep(let limit): "braces nested more than \(limit) deep"
        case .tooLarge(let limit): "the file is larger than the limit of \(limit) bytes"
        case .tooManyEntries(let limit): "more than \(limit) entries; the rest are not read"
        }
    }

    private static func divAttributes(_ problem: DivAttributeProblem) -> String {
        switch problem {
        case .unclosedBrace: "the div's attributes open '{' and never close it with '}'"
        case .unclosedQuote: "the div's attribute value opens a quote that is never closed"
        case .secondID: "a div has one '#id'; this second one is ignored"
        case .unexpected: "the div's attributes are written {#id .class key=\"value\"}; this part is ignored"
        case .tooLong(let limit): "the div's attributes are longer than the limit of \(limit) characters and are ignored"
        }
    }

    private static func name(of section: YAMLSection) -> String {
        switch section {
        case .frontMatter: "front matter"
        case .cellOptions: "cell options"
        }
    }

    /// How the writer would type the value quoted, where it stands.
    private static func quoted(_ section: YAMLSection, _ key: String) -> String {
        let bare = key.split(separator: ".").last.map(String.init) ?? key
        return section == .cellOptions ? "//| \(bare): \"…\"" : "\(bare): \"…\""
    }

    private static func valueSyntax(section: YAMLSection, key: String, problem: YAMLValueProblem) -> String {
        switch problem {
        case .colonInPlainValue:
            "a value containing ': ' must be quoted: \(quoted(section, key))"
        case .reservedFirstCharacter(let character):
            "a value starting with '\(character)' must be quoted: \(quoted(section, key))"
        case .unclosedQuote:
            "the value of '\(key)' opens a quote that is never closed"
        case .unclosedBracket:
            "the value of '\(key)' opens a list or mapping that is never closed (if it is text, quote it: \(quoted(section, key)))"
        case .other(let problem):
            "invalid YAML in the value of '\(key)': \(problem)"
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// " (did you mean 'title'?)" for a near miss, else the list of what there is.
    /// Compared on what follows `callout-` (`warnng` is near `warning`; `x` is near nothing).
    static func calloutSuggestion(for className: String, among known: [String]) -> String {
        let prefix = "callout-"
        let kinds = known.map { String($0.dropFirst(prefix.count)) }
        if let best = nearest(to: String(className.dropFirst(prefix.count)), among: kinds) {
            return " (did you mean '\(prefix)\(best)'?)"
        }
        return " (callouts: \(known.joined(separator: ", ")))"
    }

    static func suggestion(for key: String, among known: [String]) -> String {
        let leaf = key.split(separator: ".").last.map(String.init) ?? key
        if let best = nearest(to: leaf, among: known) { return " (did you mean '\(best)'?)" }
        return " (known: \(known.joined(separator: ", ")))"
    }

    private static func describe(_ kind: ValueKind) -> String {
        switch kind {
        case .boolean: "true or false"
        case .string: "text"
        case .unsignedInteger: "a whole number from 0 to 18446744073709551615"
        case .positiveNumber: "a number of seconds greater than 0"
        case .byteSize: "a size greater than 0 such as 200 MB (bytes, KB, MB or GB)"
        case .stringMapping: "a mapping of names to strings"
        case .stringList: "a name or a list of names"
        case .identifier: "an identifier (letters, digits, '-', '_', '.', ':')"
        case .outputFormats: "html, slides or pdf, or a list of them"
        case .headingLevel: "a heading level from 1 to 6"
        case .referenceList: "a list of references in CSL YAML, each with an 'id' (- id: du2018)"
        }
    }
}
