import Foundation

/// The files a notebook names (its `bibliography:`), read from the notebook's
/// folder and confined to it: no absolute path, no `..`, no symbolic link out
/// of the folder, at most ``maximumBytes``, UTF-8. Tests give their own.
public struct NotebookFolder: Sendable {
    public static let maximumBytes = 4 << 20

    public var read: @Sendable (String) -> Result<String, FileProblem>

    public init(read: @escaping @Sendable (String) -> Result<String, FileProblem>) {
        self.read = read
    }

    /// The folder of the notebook at `notebookPath` (the working directory for standard input).
    public static func beside(_ notebookPath: String) -> NotebookFolder {
        let folder = notebookPath == NotebookFile.standardInputPath
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            : URL(fileURLWithPath: notebookPath).deletingLastPathComponent()
        return NotebookFolder { name in
            guard !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else { return .failure(.outsideFolder) }
            let url = folder.appendingPathComponent(name)
            let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
            let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
            guard resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { return .failure(.outsideFolder) }
            guard FileManager.default.fileExists(atPath: resolved) else { return .failure(.notFound) }
            let text: String
            do throws(NotebookFile.Failure) {
                text = try NotebookFile.read(resolved, limit: maximumBytes)
            } catch {
                switch error {
                case .tooLarge(let limit): return .failure(.tooLarge(limit: limit))
                case .notUTF8, .utf16: return .failure(.notUTF8)
                default: return .failure(.unreadable)
                }
            }
            return .success(text)
        }
    }

    /// A folder with these files only (for tests and in-memory notebooks).
    public static func files(_ files: [String: String]) -> NotebookFolder {
        NotebookFolder { name in files[name].map { .success($0) } ?? .failure(.notFound) }
    }
}

/// Why a file a notebook names could not be read.
public enum FileProblem: Error, Sendable, Equatable {
    case notFound
    /// An absolute path, a `..`, or a link leading out of the notebook's folder.
    case outsideFolder
    case tooLarge(limit: Int)
    case notUTF8
    case unreadable
}
