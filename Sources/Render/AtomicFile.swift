import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a
/// temporary file in the same folder, which then replaces the target with
/// `rename(2)`. A failed render never leaves a truncated report behind.
enum AtomicFile {
    struct WriteFailure: Error {
        let path: String
        let errno: Int32
    }

    static func write(_ text: String, to path: String) throws(WriteFailure) {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let data = Data(text.utf8)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw WriteFailure(path: path, errno: errno)
        }
        guard rename(temporary, path) == 0 else {
            let failure = WriteFailure(path: path, errno: errno)
            unlink(temporary)
            throw failure
        }
    }
}
