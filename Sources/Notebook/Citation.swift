/// A citation as pandoc writes it: `[@du2018]`, `[see @du2018, p. 4; @menon2024]`
/// (parenthetical) or `@du2018` in running text (narrative). The keys are
/// looked up in the notebook's ``Bibliography`` when rendered.
public struct Citation: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var key: String
        /// Text before the key inside the brackets (`see`), trimmed.
        public var prefix: String
        /// Text after the key (`p. 4`, the locator), its leading comma and spaces dropped.
        public var suffix: String
        /// `-@key`: the year alone, the author already named in the text.
        public var suppressAuthor: Bool
        /// Where `@key` is written (its `@`).
        public var position: SourcePosition

        public init(key: String, prefix: String = "", suffix: String = "", suppressAuthor: Bool = false,
                    position: SourcePosition) {
            self.key = key
            self.prefix = prefix
            self.suffix = suffix
            self.suppressAuthor = suppressAuthor
            self.position = position
        }
    }

    public var items: [Item]
    /// `@key` in running text: "Du et al. (2018)"; otherwise "(Du et al. 2018)".
    public var narrative: Bool
    /// The citation as written (for plain-text uses: anchors, alt text).
    public var source: String

    public init(items: [Item], narrative: Bool, source: String) {
        self.items = items
        self.narrative = narrative
        self.source = source
    }
}
