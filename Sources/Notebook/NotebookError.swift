/// Why a notebook could not be read, as data: where in the `.md` file the
/// problem is (1-based line and column, columns counted in Unicode scalars,
/// as the Swift compiler and libyaml count them) and what it is. The words
/// are written by the Diagnostics module, never here.
///
/// ```swift
/// do {
///     _ = try Notebook.parse(source: "---\ntitle: [\n---\n", path: "a.md")
/// } catch {
///     // error.line == 3, error.kind == .frontMatterSyntax(problem: …)
/// }
/// ```
public struct NotebookError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var kind: NotebookErrorKind

    public init(line: Int, column: Int, kind: NotebookErrorKind) {
        self.line = line
        self.column = column
        self.kind = kind
    }
}

/// What went wrong while reading a notebook.
public enum NotebookErrorKind: Sendable, Equatable {
    /// The front matter is not valid YAML. `problem` is libyaml's own
    /// description (e.g. `"mapping values are not allowed in this context"`),
    /// kept as data for the message writer, like a parser's diagnostic.
    case frontMatterSyntax(problem: String)
    /// A `---` line opens front matter but no `---` or `...` line closes it.
    case unclosedFrontMatter
    /// The front matter is YAML but not a mapping of keys to values.
    case frontMatterNotMapping
    /// A front-matter key has a value of the wrong kind, e.g. `toc: maybe`.
    /// `key` is the dotted path (`execute.seed`), `found` the value as written.
    case frontMatterValue(key: String, expected: ValueKind, found: String)
    /// A code fence is opened and never closed; CommonMark would silently
    /// turn the rest of the file into code, which in a notebook is always a typo.
    case unclosedFence(fence: String)
    /// A `//|` cell option line is not `key: value`.
    case cellOptionSyntax(problem: String)
    /// A cell option with a value of the wrong kind, e.g. `//| echo: maybe`.
    case cellOptionValue(key: String, expected: ValueKind, found: String)
    /// The same `//| label:` on two cells; `firstLine` is where it was first used.
    case duplicateCellLabel(label: String, firstLine: Int)
    /// libcmark could not parse the document (it only fails when out of memory).
    case markdownParserFailed
    /// Blocks or inlines nested deeper than `limit` (e.g. thousands of `>`).
    case nestingTooDeep(limit: Int)
    /// A `key: value` line whose value YAML cannot read as written, in the
    /// front matter (`section` is `.frontMatter`) or a `//|` option line; the
    /// fix is nearly always to quote the value.
    case yamlValueSyntax(section: YAMLSection, key: String, problem: YAMLValueProblem)
    /// The front matter (or a cell's option lines) is longer than `limit` bytes.
    case yamlTooLarge(section: YAMLSection, limit: Int)
    /// YAML collections nested more than `limit` levels deep.
    case yamlNestingTooDeep(section: YAMLSection, limit: Int)
    /// Aliases (`*name`) that would expand the YAML to more than `limit`
    /// nodes: a "billion laughs".
    case yamlAliasExpansion(section: YAMLSection, limit: Int)
    /// Fenced divs (`:::`) nested more than `limit` deep.
    case divNestingTooDeep(limit: Int)
    /// The same label on two targets (divs, equations, headings, cells); reported at
    /// both places, `other` being the other one.
    case duplicateLabel(label: String, other: SourcePosition)
}

/// Which YAML of a notebook a problem is in.
public enum YAMLSection: Sendable, Equatable {
    case frontMatter
    case cellOptions
}

/// Why a `key: value` line is not valid YAML, in terms of what the writer can do about it.
public enum YAMLValueProblem: Sendable, Equatable {
    /// A plain value containing `': '` (`fig-cap: Loss: per step`).
    case colonInPlainValue
    /// A plain value starting with a character YAML reserves (`@`, `` ` ``, `%`, `|`, …).
    case reservedFirstCharacter(Character)
    /// A quoted value whose closing quote is missing.
    case unclosedQuote
    /// A `[` or `{` list or mapping that is never closed.
    case unclosedBracket
    /// Anything else; libyaml's description.
    case other(String)
}

/// A problem that does not stop the notebook from rendering: shown as
/// `file:line:col: warning: …`. Like ``NotebookError``, data without words.
public struct NotebookWarning: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var kind: NotebookWarningKind

    public init(line: Int, column: Int, kind: NotebookWarningKind) {
        self.line = line
        self.column = column
        self.kind = kind
    }
}

/// What a ``NotebookWarning`` is about.
public enum NotebookWarningKind: Sendable, Equatable {
    /// A control character (NUL, U+0001, form feed, …) in prose, which HTML
    /// cannot carry; it is left out.
    case controlCharacter(Unicode.Scalar)
    /// A ```` ```swift ```` fence that CommonMark reads as part of a raw HTML
    /// block (opened at `htmlLine` and not closed by a blank line), so the cell never runs.
    case cellInsideHTMLBlock(htmlLine: Int)
    /// A front-matter key nb does not know (a typo, or another tool's key); it is ignored.
    case unknownFrontMatterKey(key: String, known: [String])
    /// A `//|` option that cells do not have (a typo such as `ecoh`); it is ignored.
    case unknownCellOption(key: String, known: [String])
    /// A link or image URL whose scheme a report may not carry (`javascript:`, `data:`, …);
    /// the link is dropped and its text kept.
    case refusedURL(scheme: String)
    /// A fenced div (`::: {…}`) never closed by a `:::` line; it ends where the document ends.
    case unclosedDiv
    /// A `:::` line with no div open; it is left out.
    case strayDivClose
    /// A `callout-…` class that is not one of nb's callouts (a typo such as `.callout-nope`);
    /// the div is shown as a plain div.
    case unknownCallout(className: String, known: [String])
    /// A div's attributes that are not pandoc's `{#id .class key="value"}`.
    case divAttributes(DivAttributeProblem)
    /// `@label` naming no figure, equation, section or theorem; shown as `?@label`.
    case unknownCrossReference(label: String)
    /// `@name#label` where no notebook `name.md` can be read beside this one; shown as `?@name#label`.
    case unknownNotebook(label: String, file: String)
    /// `@key` naming no entry of the bibliography; shown as `?@key`.
    case unknownCitation(key: String)
    /// The notebook cites but has no `references:` or `bibliography:`.
    case noBibliography
    /// The `bibliography:` file could not be read.
    case bibliographyFile(name: String, problem: FileProblem)
    /// A problem inside the `bibliography:` file, at its line and column there.
    case bibliographySyntax(name: String, problem: BibTeXProblem)
}

/// What is wrong with a fenced div's attributes.
public enum DivAttributeProblem: Sendable, Equatable {
    /// `{` without `}`.
    case unclosedBrace
    /// A quoted value without its closing quote.
    case unclosedQuote
    /// A second `#id` (a div has one).
    case secondID
    /// Text that is neither `#id`, `.class` nor `key=value`.
    case unexpected
    /// Attributes longer than `limit` characters.
    case tooLong(limit: Int)
}

/// The kind of value a front-matter key or a cell option takes.
public enum ValueKind: String, Sendable, Equatable {
    /// `true` or `false` (YAML's core schema spellings).
    case boolean
    /// Text: a plain, quoted or block scalar.
    case string
    /// A whole number from 0 to 2⁶⁴ − 1.
    case unsignedInteger
    /// A number of seconds greater than 0.
    case positiveNumber
    /// A size in bytes greater than 0: `1048576`, `200 KB`, `64 MB`, `2 GB` (powers of 1024).
    case byteSize
    /// A mapping of names to strings, like `math.macros`.
    case stringMapping
    /// A string or a list of strings (authors).
    case stringList
    /// A label usable as an HTML id: letters, digits, `-`, `_`, `.`, `:`, no spaces.
    case identifier
    /// `html`, `slides` or `pdf`, or a list or mapping of them (`format:`).
    case outputFormats
    /// A heading level, 1 to 6 (`slide-level`).
    case headingLevel
    /// A list of CSL references, each a mapping with an `id`.
    case referenceList
}
