import Markup
import Notebook

/// Cross-references and citations in the report (docs/ARCHITECTURE.md,
/// "Fenced divs, cross-references and citations").
extension DocumentRenderer {
    /// "Figure 3", "Equation (2)", "Theorem 2", "Section Balance", linking to
    /// the target; an unknown label shows as a red `?@label` (warned when read).
    mutating func crossReference(_ label: String, inLink: Bool) -> String {
        guard let target = notebook.crossReferences[label] else {
            return "<span class=\"xref unknown\">?@\(Escaping.text(label))</span>"
        }
        let text: String
        switch target.kind {
        case .figure: text = Escaping.text("\(labels.figure) \(target.number)")
        case .equation: text = Escaping.text("\(labels.equation) (\(target.number))")
        case .theorem(let kind): text = Escaping.text("\(labels.theorems[kind] ?? kind.rawValue) \(target.number)")
        case .section: text = Escaping.text(labels.section + " ") + inlines(target.title, inLink: true)
        }
        if let document = target.document, let (_, local) = CrossReferences.external(label) {
            // Another notebook of the course: its report beside this one.
            let named = text + " (" + Escaping.text(document) + ")"
            if inLink { return "<span class=\"xref\">\(named)</span>" }
            let href = Escaping.attribute(document + ".html#" + local)
            return "<a class=\"xref\" href=\"\(href)\">\(named)</a>"
        }
        if inLink { return "<span class=\"xref\">\(text)</span>" }
        return "<a class=\"xref\" href=\"#\(Escaping.attribute(label))\">\(text)</a>"
    }
}

/// Citations, author–year as pandoc's default style (Chicago author-date) sets
/// them: "Du, Hu, and Lee (2018)" in text, "(see Du, Hu, and Lee 2018, p. 4;
/// Menon 2024)" in brackets, each year linking to its entry in the references.
extension DocumentRenderer {
    /// `bare`: without the parentheses of a bracketed citation (a theorem's name
    /// `[@du2018]` reads "Theorem 1 (Du, Hu, and Lee 2018)", as amsthm sets `\begin{theorem}[\cite{…}]`).
    mutating func citation(_ citation: Citation, inLink: Bool, bare: Bool = false) -> String {
        let bibliography = notebook.bibliography
        // Without a bibliography, `@word` in running text is just text.
        if bibliography.isEmpty, citation.narrative { return Escaping.text(citation.source) }
        var parts: [String] = []
        for item in citation.items {
            guard let entry = bibliography[item.key] else {
                parts.append("<span class=\"citation unknown\">?@\(Escaping.text(item.key))</span>")
                continue
            }
            let year = Escaping.text(entry.year ?? "n.d.")
            let linkedYear = inLink ? year : "<a href=\"#ref-\(Escaping.attribute(item.key))\">\(year)</a>"
            let author = Escaping.text(Self.citedAuthors(entry))
            var text: String
            if citation.narrative {
                text = item.suppressAuthor ? linkedYear : "\(author) (\(linkedYear))"
            } else {
                text = item.prefix.isEmpty ? "" : Escaping.text(item.prefix) + " "
                text += item.suppressAuthor || author.isEmpty ? linkedYear : "\(author) \(linkedYear)"
                if !item.suffix.isEmpty { text += ", " + Escaping.text(item.suffix) }
            }
            parts.append(text)
        }
        let inner = parts.joined(separator: "; ")
        return "<span class=\"citation\">" + (citation.narrative || bare ? inner : "(\(inner))") + "</span>"
    }

    /// "Du", "Du and Hu", "Du, Hu, and Lee", "Du et al." (four or more), as Chicago author-date cites.
    static func citedAuthors(_ entry: BibEntry) -> String {
        let names = (entry.authors.isEmpty ? entry.editors : entry.authors).map(\.family)
        switch names.count {
        case 0: return entry.title ?? entry.key
        case 1: return names[0]
        case 2: return "\(names[0]) and \(names[1])"
        case 3: return "\(names[0]), \(names[1]), and \(names[2])"
        default: return "\(names[0]) et al."
        }
    }

    /// The works cited, sorted by first author and year, as a list with ids
    /// `ref-KEY`; DOIs and URLs as links through the URL policy.
    mutating func referencesList() -> String {
        let entries = notebook.bibliography.entries.filter { citedKeys.contains($0.key) }
        guard !entries.isEmpty else { return "" }
        let sorted = entries.sorted {
            (Self.sortKey($0), $0.year ?? "", $0.key) < (Self.sortKey($1), $1.year ?? "", $1.key)
        }
        var html = "<ul class=\"reference-list\">\n"
        for entry in sorted {
            html += "<li id=\"ref-\(Escaping.attribute(entry.key))\">" + reference(entry) + "</li>\n"
        }
        return html + "</ul>\n"
    }

    private static func sortKey(_ entry: BibEntry) -> String {
        (entry.authors.first?.family ?? entry.title ?? entry.key).lowercased()
    }

    /// Du, Simon S., Wei Hu, and Jason D. Lee. 2018. “Title.” *Container* 31 (2): 1–10. Publisher. https://doi.org/….
    private func reference(_ entry: BibEntry) -> String {
        var names: [String] = []
        for (n, person) in entry.authors.enumerated() {
            if person.given.isEmpty { names.append(person.family) }
            else { names.append(n == 0 ? "\(person.family), \(person.given)" : "\(person.given) \(person.family)") }
        }
        var html = ""
        switch names.count {
        case 0: break
        case 1: html += Escaping.text(names[0])
        case 2: html += Escaping.text("\(names[0]), and \(names[1])")
        default: html += Escaping.text(names.dropLast().joined(separator: ", ") + ", and " + names.last!)
        }
        if !html.isEmpty, !html.hasSuffix(".") { html += "." }
        html += " " + Escaping.text(entry.year ?? "n.d.") + "."
        if let title = entry.title {
            switch entry.type {
            case .book, .thesis, .report where entry.containerTitle == nil:
                html += " <em>\(Escaping.text(title))</em>."
            default:
                html += " “\(Escaping.text(title)).”"
            }
        }
        if let container = entry.containerTitle {
            html += " " + (entry.type == .chapter ? "In " : "") + "<em>\(Escaping.text(container))</em>"
            if let volume = entry.volume { html += " " + Escaping.text(volume) }
            if let issue = entry.issue { html += " (\(Escaping.text(issue)))" }
            if let pages = entry.pages { html += (entry.volume == nil ? ", " : ": ") + Escaping.text(pages) }
            html += "."
        }
        if let publisher = entry.publisher { html += " " + Escaping.text(publisher) + "." }
        if let doi = entry.doi {
            let url = doi.hasPrefix("http") ? doi : "https://doi.org/" + doi
            html += " " + link(url)
        } else if let url = entry.url {
            html += " " + link(url)
        }
        return html
    }

    /// A link to a reference's DOI or URL when the URL policy allows it, else its text.
    private func link(_ url: String) -> String {
        guard case .allowed(let safe) = URLPolicy.check(url) else { return Escaping.text(url) }
        return "<a href=\"\(Escaping.attribute(safe))\">\(Escaping.text(url))</a>"
    }
}
