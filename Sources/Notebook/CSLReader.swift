import Yams

/// Reads the front matter's `references:`, CSL YAML as pandoc and Quarto take it:
///
/// ```yaml
/// references:
/// - id: du2018
///   type: paper-conference
///   author: [{family: Du, given: Simon S.}, {family: Hu, given: Wei}]
///   issued: {date-parts: [[2018]]}
///   title: "Algorithmic regularization in learning deep homogeneous models"
///   container-title: Advances in Neural Information Processing Systems
///   DOI: 10.48550/arXiv.1806.00900
/// ```
///
/// `issued` may also be a year or a date string; `author` entries may be
/// `{literal: …}` or a plain string. Unknown fields are ignored (CSL has many).
extension YAMLReader {
    func references(_ keyed: KeyedNode) throws(NotebookError) -> [BibEntry] {
        guard let sequence = keyed.node.sequence else { throw mismatch(keyed, expected: .referenceList) }
        var entries: [BibEntry] = []
        for item in sequence {
            guard let mapping = item.mapping else {
                throw mismatch(KeyedNode(key: keyed.key, node: item), expected: .referenceList)
            }
            func text(_ name: String) -> String? { mapping[name]?.scalar?.string }
            guard let id = text("id"), !id.isEmpty else {
                throw mismatch(KeyedNode(key: keyed.key + ".id", node: item), expected: .referenceList)
            }
            var entry = BibEntry(key: id, type: WorkType(csl: text("type") ?? ""),
                                 authors: Self.names(mapping["author"]), year: Self.year(mapping["issued"]),
                                 title: text("title"))
            entry.editors = Self.names(mapping["editor"])
            entry.containerTitle = text("container-title")
            entry.volume = text("volume")
            entry.issue = text("issue")
            entry.pages = text("page")
            entry.publisher = text("publisher")
            entry.doi = text("DOI") ?? text("doi")
            entry.url = text("URL") ?? text("url")
            entries.append(entry)
        }
        return entries
    }

    private static func names(_ node: Node?) -> [PersonName] {
        guard let node else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            if let scalar = item.scalar { return BibTeXReader.name(scalar.string) }
            guard let mapping = item.mapping else { return nil }
            if let literal = mapping["literal"]?.scalar?.string { return PersonName(family: literal) }
            guard let family = mapping["family"]?.scalar?.string else { return nil }
            let particle = mapping["non-dropping-particle"]?.scalar?.string
            return PersonName(family: particle.map { $0 + " " + family } ?? family,
                              given: mapping["given"]?.scalar?.string ?? "")
        }
    }

    /// `{date-parts: [[2018, 6]]}`, `2018`, `"2018-06-03"` → `"2018"`.
    private static func year(_ node: Node?) -> String? {
        guard let node else { return nil }
        if let scalar = node.scalar { return String(scalar.string.prefix(4)) }
        if let parts = node.mapping?["date-parts"]?.sequence?.first?.sequence?.first?.scalar { return parts.string }
        if let raw = node.mapping?["raw"]?.scalar { return String(raw.string.prefix(4)) }
        if let literal = node.mapping?["literal"]?.scalar { return literal.string }
        return nil
    }
}
