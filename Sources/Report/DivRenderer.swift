import Markup
import Notebook

/// Fenced divs in the report (docs/ARCHITECTURE.md, "Fenced divs,
/// cross-references and citations"): callouts as boxes with a title,
/// theorem-like blocks with their number and name run into their first
/// paragraph (as LaTeX's amsthm sets them), proofs with "Proof." and a
/// closing ∎, the references list where `::: {#refs}` stands; speaker notes
/// are left out of a report; any other div is a `<div>` with its id and classes.
extension DocumentRenderer {
    mutating func div(_ div: Div) -> String {
        switch div.kind {
        case .notes:
            return ""
        case .callout(let kind):
            let title = div.title.isEmpty ? Escaping.text(labels.callouts[kind] ?? kind.rawValue)
                : inlines(div.title, inLink: false)
            return "<aside\(divAttributes(div, extraClasses: ["callout"]))>\n"
                + "<p class=\"callout-title\">\(title)</p>\n"
                + blocks(div.children, tight: false) + "</aside>\n"
        case .theorem(let kind):
            var heading = Escaping.text(labels.theorems[kind] ?? kind.rawValue)
            if let number = notebook.crossReferences.theoremNumbers[div.position] { heading += " \(number)" }
            var lead = "<span class=\"theorem-title\"><strong>\(heading)</strong>"
            if !div.title.isEmpty { lead += " (\(name(div.title)))" }
            lead += ".</span> "
            return "<div\(divAttributes(div, extraClasses: ["theorem", kind.className]))>\n"
                + runIn(lead, div.children) + "</div>\n"
        case .proof:
            var lead = "<span class=\"proof-title\"><em>\(Escaping.text(labels.proof))</em>"
            if !div.title.isEmpty { lead += " (\(inlines(div.title, inLink: false)))" }
            lead += ".</span> "
            var html = runIn(lead, div.children)
            // ∎ at the end of the last paragraph (floated right), or on a line of its own after a
            // formula or a list: there it is the line's only content, set right, and not floated
            // (a float alone in a line has no height, and would hang into the block that follows).
            if html.hasSuffix("</p>\n") {
                html.removeLast("</p>\n".count)
                html += "<span class=\"qed\" aria-label=\"end of proof\">∎</span></p>\n"
            } else {
                html += "<p class=\"qed-line\"><span aria-label=\"end of proof\">∎</span></p>\n"
            }
            return "<div\(divAttributes(div, extraClasses: ["proof"]))>\n" + html + "</div>\n"
        case .references:
            return "<div\(divAttributes(div, extraClasses: ["references"]))>\n" + blocks(div.children, tight: false)
                + referencesList() + "</div>\n"
        case .other:
            var html = "<div\(divAttributes(div))>\n"
            if !div.title.isEmpty { html += "<p class=\"div-title\"><strong>\(inlines(div.title, inLink: false))</strong></p>\n" }
            return html + blocks(div.children, tight: false) + "</div>\n"
        }
    }

    /// A theorem's name in its parentheses; a name that is one bracketed citation
    /// loses the citation's own parentheses.
    private mutating func name(_ title: [Inline]) -> String {
        if title.count == 1, case .citation(let citation) = title[0], !citation.narrative {
            return self.citation(citation, inLink: false, bare: true)
        }
        return inlines(title, inLink: false)
    }

    /// The children with `lead` run into the first paragraph (or standing alone before other blocks).
    private mutating func runIn(_ lead: String, _ children: [Block]) -> String {
        guard case .paragraph(let first)? = children.first else {
            return "<p>\(lead)</p>\n" + blocks(children, tight: false)
        }
        return "<p>\(lead)\(inlines(first, inLink: false))</p>\n" + blocks(Array(children.dropFirst()), tight: false)
    }

    /// ` id="…" class="…"`: the id and classes as written, escaped (attribute
    /// values only, never attribute names, so nothing becomes script).
    func divAttributes(_ div: Div, extraClasses: [String] = []) -> String {
        var html = ""
        if let id = div.attributes.id { html += " id=\"\(Escaping.attribute(id))\"" }
        let classes = extraClasses + div.attributes.classes.filter { !extraClasses.contains($0) }
        if !classes.isEmpty { html += " class=\"\(Escaping.attribute(classes.joined(separator: " ")))\"" }
        return html
    }
}

extension TheoremKind {
    /// The CSS class of the kind: `theorem`, `lemma`, ….
    var className: String {
        switch self {
        case .theorem: "theorem-statement"
        case .lemma: "lemma"
        case .corollary: "corollary"
        case .proposition: "proposition"
        case .definition: "definition"
        case .example: "example"
        case .remark: "remark"
        }
    }
}
