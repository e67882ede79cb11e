import Notebook

extension Messages {
    public static func text(for kind: CourseManifestError.Kind) -> String {
        switch kind {
        case .unreadable(let failure): text(for: failure).replacingOccurrences(of: "the notebook", with: "_course.yml")
        case .syntax(let problem): "invalid YAML in _course.yml: \(problem)"
        case .tooComplex: "_course.yml nests too deeply or expands too many aliases"
        case .notMapping: "_course.yml must be a mapping with title, author and notebooks"
        case .unknownKey(let key):
            "unknown key '\(key)' in _course.yml" + (nearest(to: key, among: ["title", "author", "notebooks"]).map { "; did you mean '\($0)'?" } ?? " (known: title, author, notebooks)")
        case .expectedText(let key): "'\(key)' in _course.yml must be text"
        case .expectedList: "'notebooks' in _course.yml must be a list of notebook file names"
        case .noNotebooks: "_course.yml lists no notebooks (add 'notebooks:' with their file names in order)"
        case .outsideFolder(let file): "'\(file)' is outside the course's folder; list notebooks by their names in it"
        case .missingNotebook(let file): "no notebook '\(file)' in the course's folder"
        case .duplicateNotebook(let file): "'\(file)' is listed twice"
        }
    }
}
