/// Gives headings GitHub-style anchors: the heading's text lowercased, with
/// everything but letters, marks, digits, `_`, `-` and spaces removed and
/// spaces turned into `-`; a repeat gets `-1`, `-2`, … so every anchor is
/// unique. Math contributes its TeX (`$\phi$-networks` → `phi-networks`).
///
/// ```swift
/// var anchors = HeadingAnchors()
/// anchors.anchor(for: "The Loss: Part 1")   // "the-loss-part-1"
/// anchors.anchor(for: "The Loss: Part 1")   // "the-loss-part-1-1"
/// ```
public struct HeadingAnchors: Sendable {
    private var used: Set<String>

    /// - Parameter reserved: ids already taken (cell labels), never handed out.
    public init(reserved: Set<String> = []) {
        used = reserved
    }

    /// The GitHub slug of `text`, without deduplication.
    public static func slug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            let category = scalar.properties.generalCategory
            switch category {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark,
                 .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation:
                slug.append(scalar)
            case _ where scalar == "-":
                slug.append(scalar)
            case _ where scalar == " ":
                slug.append("-")
            default:
                break
            }
        }
        return String(slug)
    }

    /// A unique anchor for a heading with this text (`section` when the slug is empty).
    public mutating func anchor(for text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        var suffix = 0
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        used.insert(candidate)
        return candidate
    }
}

extension Inline {
    /// The inline's text as a reader would read it aloud: math as its TeX,
    /// breaks as spaces. Used for anchors and the table of contents' titles.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): text
        case .softBreak, .lineBreak: " "
        case .emphasis(let children), .strong(let children): children.plainText
        case .link(_, _, let children, _), .image(_, _, let children, _): children.plainText
        case .math(let span): span.tex
        case .html: ""
        case .crossReference(let label, _): "@" + label
        case .citation(let citation): citation.source
        }
    }
}

extension [Inline] {
    /// The concatenated ``Inline/plainText`` of the inlines.
    public var plainText: String { map(\.plainText).joined() }
}
