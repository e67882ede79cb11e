import Foundation
import Yams

/// A folder of notebooks rendered as one course (`nb render notebooks/`): its title, author
/// and the order of its notebooks, from `_course.yml` in the folder (as Quarto's `_quarto.yml`
/// lists a book's chapters).
///
/// ```yaml
/// title: Deep Linear Networks
/// author: Rathindra Nath Karmakar
/// notebooks:
///   - session1.md
///   - session2.md
/// ```
///
/// Without `_course.yml`, every `*.md` of the folder but `README.md` is a notebook, in name order,
/// and the course is titled after the folder.
public struct CourseManifest: Sendable, Equatable {
    public static let fileName = "_course.yml"

    public var title: String
    public var authors: [String]
    /// The notebooks' file names, relative to the folder, in reading order.
    public var notebooks: [String]

    public init(title: String, authors: [String] = [], notebooks: [String]) {
        self.title = title
        self.authors = authors
        self.notebooks = notebooks
    }

    /// The manifest of `folder`, read from its `_course.yml` or made from its `*.md` files.
    public static func read(folder: String) throws(CourseManifestError) -> CourseManifest {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let notebooks = names.filter { $0.hasSuffix(".md") && $0 != "README.md" && !$0.hasPrefix(".") }.sorted()
            return CourseManifest(title: URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent, notebooks: notebooks)
        }
        let text: String
        do {
            text = try NotebookFile.read(path, limit: YAMLLimits.maximumBytes)
        } catch {
            throw CourseManifestError(line: 1, column: 1, kind: .unreadable(error))
        }
        return try parse(text, folder: folder)
    }

    static func parse(_ text: String, folder: String) throws(CourseManifestError) -> CourseManifest {
        if let violation = YAMLLimits.check(text) {
            throw CourseManifestError(line: violation.line, column: violation.column, kind: .tooComplex)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CourseManifestError(line: Self.line(of: error), column: 1, kind: .syntax(String(describing: error)))
        } catch {
            throw CourseManifestError(line: 1, column: 1, kind: .syntax(String(describing: error)))
        }
        guard let mapping = root?.mapping else { throw CourseManifestError(line: 1, column: 1, kind: .notMapping) }
        var manifest = CourseManifest(title: URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent, notebooks: [])
        var sawNotebooks = false
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            let (line, column) = ((key.mark?.line ?? 1), (key.mark?.column ?? 1))
            switch name {
            case "title":
                guard let title = value.scalar?.string else { throw CourseManifestError(line: line, column: column, kind: .expectedText(key: name)) }
                manifest.title = title
            case "author":
                if let single = value.scalar?.string { manifest.authors = [single] }
                else if let list = value.sequence?.compactMap({ $0.scalar?.string ?? $0.mapping?["name"]?.scalar?.string }) {
                    manifest.authors = list
                } else { throw CourseManifestError(line: line, column: column, kind: .expectedText(key: name)) }
            case "notebooks":
                guard let list = value.sequence else { throw CourseManifestError(line: line, column: column, kind: .expectedList) }
                sawNotebooks = true
                for item in list {
                    let itemLine = item.mark?.line ?? line, itemColumn = item.mark?.column ?? column
                    guard let file = item.scalar?.string, !file.isEmpty else {
                        throw CourseManifestError(line: itemLine, column: itemColumn, kind: .expectedList)
                    }
                    // Confined to the folder: no absolute paths, no `..`.
                    guard !file.hasPrefix("/"), !file.split(separator: "/").contains("..") else {
                        throw CourseManifestError(line: itemLine, column: itemColumn, kind: .outsideFolder(file))
                    }
                    let full = (folder as NSString).appendingPathComponent(file)
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else {
                        throw CourseManifestError(line: itemLine, column: itemColumn, kind: .missingNotebook(file))
                    }
                    guard !manifest.notebooks.contains(file) else {
                        throw CourseManifestError(line: itemLine, column: itemColumn, kind: .duplicateNotebook(file))
                    }
                    manifest.notebooks.append(file)
                }
            default:
                throw CourseManifestError(line: line, column: column, kind: .unknownKey(name))
            }
        }
        guard sawNotebooks else { throw CourseManifestError(line: 1, column: 1, kind: .noNotebooks) }
        return manifest
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 1
        }
    }
}

/// What is wrong with a `_course.yml`, at its line and column.
public struct CourseManifestError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        case unreadable(NotebookFile.Failure)
        case syntax(String)
        case tooComplex
        case notMapping
        case unknownKey(String)
        case expectedText(key: String)
        case expectedList
        case noNotebooks
        case outsideFolder(String)
        case missingNotebook(String)
        case duplicateNotebook(String)
    }
}
