/// A fenced div, as pandoc and Quarto write it (docs/ARCHITECTURE.md,
/// "Fenced divs, cross-references and citations"):
///
/// ```markdown
/// ::: {#thm-balance .theorem name="Balance"}
/// The Gram matrices stay balanced.
/// :::
/// ```
///
/// Found by ``FencedDivScanner`` before CommonMark reads the body, so every
/// use (callouts, theorems, proofs, speaker notes, the references' place)
/// reads one tree: ``Block/div(_:)`` with its attributes and children.
public struct Div: Sendable, Equatable {
    public var attributes: DivAttributes
    /// What the div is for, from its classes and id (Quarto's conventions).
    public var kind: DivKind
    /// The title: the `title=` (or `name=`) attribute as Markdown with math, or
    /// the content of a heading standing first in a callout, theorem-like block
    /// or proof (Quarto's `## Title` form). Empty when there is none.
    public var title: [Inline]
    public var children: [Block]
    /// Where the opening `:::` stands in the `.md` file.
    public var position: SourcePosition

    public init(attributes: DivAttributes, kind: DivKind, title: [Inline] = [], children: [Block],
                position: SourcePosition) {
        self.attributes = attributes
        self.kind = kind
        self.title = title
        self.children = children
        self.position = position
    }
}

/// The attributes of a fenced div's opening line: `{#id .class key="value"}`,
/// or a single bare word, which is a class (`::: notes`).
public struct DivAttributes: Sendable, Equatable {
    public var id: String?
    /// In the order written.
    public var classes: [String]
    /// `key=value` pairs in the order written (values unquoted and unescaped).
    public var values: [Attribute]

    public struct Attribute: Sendable, Equatable {
        public var key: String
        public var value: String
        /// The `.md` position of the value's first character (for a title's math).
        public var position: SourcePosition

        public init(key: String, value: String, position: SourcePosition) {
            self.key = key
            self.value = value
            self.position = position
        }
    }

    public init(id: String? = nil, classes: [String] = [], values: [Attribute] = []) {
        self.id = id
        self.classes = classes
        self.values = values
    }

    /// The value of the first `key=…`, if any.
    public subscript(key: String) -> String? {
        values.first { $0.key == key }?.value
    }

    public func hasClass(_ name: String) -> Bool { classes.contains(name) }
}

/// The kinds of fenced div nb gives a meaning to; everything else is ``other``
/// (written out as a `<div>` with its id and classes).
public enum DivKind: Sendable, Equatable {
    /// `.callout-note`, `.callout-tip`, `.callout-warning`, `.callout-important`.
    case callout(CalloutKind)
    /// A div whose id starts with a theorem-like prefix (`#thm-…`, `#lem-…`, …): numbered.
    case theorem(TheoremKind)
    /// `.proof`: "Proof." before it, ∎ at its end.
    case proof
    /// `.notes`: speaker notes (slides show them in the presenter's view; a report leaves them out).
    case notes
    /// `#refs`: where the references list stands.
    case references
    case other

    /// The kind of a div with these attributes: a theorem-like id wins over classes,
    /// then callouts, proof, notes, `#refs`.
    public init(_ attributes: DivAttributes) {
        if let id = attributes.id, let theorem = TheoremKind(label: id) {
            self = .theorem(theorem)
        } else if let callout = attributes.classes.lazy.compactMap(CalloutKind.init(className:)).first {
            self = .callout(callout)
        } else if attributes.hasClass("proof") {
            self = .proof
        } else if attributes.hasClass("notes") {
            self = .notes
        } else if attributes.id == "refs" {
            self = .references
        } else {
            self = .other
        }
    }

    /// Whether a heading standing first inside is the div's title (Quarto's form).
    var takesHeadingTitle: Bool {
        switch self {
        case .callout, .theorem, .proof: true
        case .notes, .references, .other: false
        }
    }
}

/// Quarto's four callouts (its `caution` is not in nb's syntax).
public enum CalloutKind: String, Sendable, Equatable, CaseIterable {
    case note, tip, warning, important

    public init?(className: String) {
        guard className.hasPrefix("callout-") else { return nil }
        self.init(rawValue: String(className.dropFirst("callout-".count)))
    }
}

/// Theorem-like blocks, by the prefix of their label as in Quarto
/// (`thm-`, `lem-`, `cor-`, `prp-`, `def-`, `exm-`, `rem-`); each kind is numbered on its own.
public enum TheoremKind: String, Sendable, Equatable, CaseIterable {
    case theorem = "thm"
    case lemma = "lem"
    case corollary = "cor"
    case proposition = "prp"
    case definition = "def"
    case example = "exm"
    case remark = "rem"

    /// The kind named by a label's prefix: `thm-balance` → `.theorem`.
    public init?(label: String) {
        guard let dash = label.firstIndex(of: "-"), label.index(after: dash) < label.endIndex else { return nil }
        self.init(rawValue: String(label[..<dash]))
    }
}
