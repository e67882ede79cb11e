/// The works a notebook can cite, from its front matter's `references:` (CSL
/// YAML, as pandoc and Quarto take it) or the BibTeX file named by
/// `bibliography:` (docs/ARCHITECTURE.md, "Fenced divs, cross-references and citations").
public struct Bibliography: Sendable, Equatable {
    /// In the order defined.
    public var entries: [BibEntry]

    public init(entries: [BibEntry] = []) {
        self.entries = entries
    }

    public subscript(key: String) -> BibEntry? {
        entries.first { $0.key == key }
    }

    public var isEmpty: Bool { entries.isEmpty }
}

/// One work, with the fields an author–year style prints.
public struct BibEntry: Sendable, Equatable {
    public var key: String
    public var type: WorkType
    public var authors: [PersonName]
    public var editors: [PersonName] = []
    /// The year as written (`2018`, `2024a`, `n.d.` when missing).
    public var year: String?
    public var title: String?
    /// The journal, proceedings or book a part appears in.
    public var containerTitle: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var publisher: String?
    public var doi: String?
    public var url: String?

    public init(key: String, type: WorkType = .other, authors: [PersonName] = [], year: String? = nil,
                title: String? = nil) {
        self.key = key
        self.type = type
        self.authors = authors
        self.year = year
        self.title = title
    }
}

/// A person's name, split as BibTeX and CSL split it.
public struct PersonName: Sendable, Equatable {
    /// The family name (with its particles: "van der Waals"), or an institution's whole name.
    public var family: String
    public var given: String

    public init(family: String, given: String = "") {
        self.family = family
        self.given = given
    }
}

/// The kinds of work the reference list sets differently.
public enum WorkType: Sendable, Equatable {
    /// A journal article (`@article`, CSL `article-journal`).
    case article
    /// A paper in proceedings (`@inproceedings`, CSL `paper-conference`).
    case paperConference
    /// A book (`@book`).
    case book
    /// A part of a book (`@incollection`, `@inbook`, CSL `chapter`).
    case chapter
    /// A thesis (`@phdthesis`, `@mastersthesis`).
    case thesis
    /// A report or preprint (`@techreport`, `@unpublished`, CSL `report`, arXiv `@misc`).
    case report
    case other

    /// From a BibTeX entry type (`article`, `InProceedings`, …).
    init(bibtex type: String) {
        switch type.lowercased() {
        case "article": self = .article
        case "inproceedings", "conference": self = .paperConference
        case "book": self = .book
        case "incollection", "inbook": self = .chapter
        case "phdthesis", "mastersthesis", "thesis": self = .thesis
        case "techreport", "unpublished", "report": self = .report
        default: self = .other
        }
    }

    /// From a CSL type (`article-journal`, `paper-conference`, …).
    init(csl type: String) {
        switch type {
        case "article-journal", "article", "article-magazine", "article-newspaper": self = .article
        case "paper-conference": self = .paperConference
        case "book": self = .book
        case "chapter": self = .chapter
        case "thesis": self = .thesis
        case "report", "manuscript": self = .report
        default: self = .other
        }
    }
}
