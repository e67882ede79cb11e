import Foundation

/// Writes an output so that a reader never sees half of it, and never replaces
/// what it should not (docs/ARCHITECTURE.md, "Nothing is lost"):
///
/// - a regular file (or a new one) is written to a temporary file in the same
///   folder, which then replaces the target with `rename(2)`: a failed or killed
///   render leaves the previous report whole. The temporary name has a fixed,
///   short length, so it fits whatever the output's name is (a 255-byte name too);
/// - a symbolic link is followed: the file it points to is replaced, the link stays;
/// - an existing output that is not a regular file (`/dev/null`, a FIFO, a
///   socket) is written through, never replaced;
/// - `-` is standard output.
enum AtomicFile {
    struct WriteFailure: Error {
        let path: String
        let errno: Int32
    }

    /// The path that means standard output.
    static let standardOutputPath = "-"

    static func write(_ text: String, to path: String) throws(WriteFailure) {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String) throws(WriteFailure) {
        if path == standardOutputPath { return try writeThrough(data, descriptor: STDOUT_FILENO, path: path) }
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw WriteFailure(path: path, errno: EISDIR)
            default:
                // A device, FIFO or socket: write into it, never rename over it.
                let descriptor = open(target, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { throw WriteFailure(path: path, errno: errno) }
                defer { close(descriptor) }
                return try writeThrough(data, descriptor: descriptor, path: path)
            }
        }
        try replace(target, with: data, reportedAs: path)
    }

    /// A counter that makes temporary names unique within this process (two renders at once).
    private static let counter = Counter()

    private static func replace(_ target: String, with data: Data, reportedAs path: String) throws(WriteFailure) {
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.nb-\(getpid())-\(counter.next()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(path: path, errno: errno) }
        do {
            try writeThrough(data, descriptor: descriptor, path: path)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, target) == 0 else {
            let failure = WriteFailure(path: path, errno: errno)
            unlink(temporary)
            throw failure
        }
        removeStaleTemporaries(in: folder.isEmpty ? "." : folder)
    }

    /// Removes temporary files that an `nb` killed mid-write left in `folder` (`.nb-PID-N.tmp`
    /// whose process no longer exists), so a `kill -9` leaves no partial file for long.
    private static func removeStaleTemporaries(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".nb-") && name.hasSuffix(".tmp") {
            let parts = name.dropFirst(4).dropLast(4).split(separator: "-")
            guard parts.count == 2, let pid = pid_t(parts[0]), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    private static func writeThrough(_ data: Data, descriptor: Int32, path: String) throws(WriteFailure) {
        var failure: Int32 = 0
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw WriteFailure(path: path, errno: failure) }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}
