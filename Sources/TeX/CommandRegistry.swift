/// How the parser reads one argument of a command.
enum ArgumentKind: Sendable {
    /// `{…}` or a single token, in math mode.
    case math
    /// `[…]` in math mode, if present.
    case optionalMath
    /// `{…}` in text mode.
    case text
    /// `{…}` read as plain characters (a colour, a label).
    case name
    /// A TeX dimension, braced (`\hspace{1em}`) or bare (`\kern1em`).
    case length
    /// One delimiter: `(`, `\langle`, `.`…
    case delimiter
    /// Everything up to the end of the enclosing group (`\displaystyle`, `\bf`).
    case restOfGroup
}

/// One parsed argument, as the builder receives it.
enum Argument: Sendable, Equatable {
    case node(MathNode)
    /// An optional argument that was not given.
    case absent
    case name(String)
    case length(Length)
    /// The delimiter's character; empty for `.`.
    case delimiter(String)
}

/// What a command does: the arguments it reads and how it builds its node.
struct CommandSpec: Sendable {
    /// The style in which the math arguments are read (TeXbook ch. 17): `\frac`'s
    /// numerator and denominator are one style smaller than the fraction (display →
    /// text → script), `\tfrac`'s and an arrow's labels are in script style.
    enum ArgumentStyle: Sendable { case inherit, display, text, smaller, script }

    var arguments: [ArgumentKind]
    var argumentStyle: ArgumentStyle
    /// Accepts a `*` right after the name (`\operatorname*`, `\hspace*`).
    var takesStar: Bool
    /// Builds the node; nil for commands that only have an effect (`\label`, `\nonumber`).
    var build: @Sendable (CommandCall) -> MathNode?

    init(_ arguments: [ArgumentKind] = [], style: ArgumentStyle = .inherit, takesStar: Bool = false,
         build: @escaping @Sendable (CommandCall) -> MathNode?) {
        self.arguments = arguments
        self.argumentStyle = style
        self.takesStar = takesStar
        self.build = build
    }
}

/// A command as the builder sees it: its name, arguments and context.
struct CommandCall: Sendable {
    var name: String
    var arguments: [Argument]
    var starred: Bool
    /// Whether the command stands in display style (limits, `\dfrac` decisions).
    var displayStyle: Bool

    /// The math node of argument `index`; an empty row for an absent or non-node argument.
    func node(_ index: Int) -> MathNode { optionalNode(index) ?? .row([]) }

    /// The math node of an optional argument, nil when it was not given.
    func optionalNode(_ index: Int) -> MathNode? {
        if case .node(let node)? = argument(index) { return node }
        return nil
    }

    func name(_ index: Int) -> String {
        if case .name(let text)? = argument(index) { return text }
        return ""
    }

    func length(_ index: Int) -> Length {
        if case .length(let length)? = argument(index) { return length }
        return .zero
    }

    func delimiter(_ index: Int) -> String {
        if case .delimiter(let text)? = argument(index) { return text }
        return ""
    }

    /// Argument `index`; nil past the end (a builder never traps on its spec).
    private func argument(_ index: Int) -> Argument? {
        arguments.indices.contains(index) ? arguments[index] : nil
    }
}

/// Every math-mode command with arguments, by name (without the backslash). Each
/// family of commands lives in its own file and contributes one table; symbols
/// without arguments are in `Symbols`, and the few commands that are syntax rather
/// than functions (`\left`, `\begin`, `\limits`, `\\`, macro definitions) are read by
/// the parser and the macro expander themselves.
enum CommandRegistry {
    static let commands: [String: CommandSpec] = {
        var table: [String: CommandSpec] = [:]
        let families: [[String: CommandSpec]] = [
            FractionCommands.table, AccentCommands.table, FontCommands.table, SpacingCommands.table,
            OperatorCommands.table, TextCommands.table,
        ]
        for family in families {
            table.merge(family) { first, _ in first }
        }
        return table
    }()
}
