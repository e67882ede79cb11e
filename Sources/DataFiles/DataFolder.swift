import Digest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a notebook's data files are read from, and the rules that confine them to it
/// (docs/ARCHITECTURE.md, "Data files"):
///
/// - a path is relative: `data/losses.csv`, never `/etc/passwd`;
/// - once `..` and symbolic links are resolved it is still inside the folder (`../x.csv`,
///   or a link pointing outside, is refused);
/// - it names a regular file: a folder, FIFO, device or socket is refused before it is opened
///   (opening a FIFO would block, a device may have side effects);
/// - it is at most `limitBytes` long (front matter `execute: data-limit:` raises it);
/// - it does not change while it is read: its size and modification time are compared before
///   and after, and the bytes read must be exactly its size.
///
/// ```swift
/// let folder = DataFolder(path: "notebooks", limitBytes: 1 << 20)
/// let file = try folder.read("data/losses.csv")
/// file.record.sha256   // "3f0a…", 64 hex digits
/// ```
///
/// A value: nothing is cached or kept between reads (the run keeps what it read).
public struct DataFolder: Sendable {
    /// The notebook's folder, as given (resolved at each read).
    public let path: String
    /// The largest file that may be read, in bytes.
    public let limitBytes: Int

    /// 64 MiB: far above a course's data, far below what would strain a render.
    public static let defaultLimitBytes = 64 << 20

    public init(path: String, limitBytes: Int = DataFolder.defaultLimitBytes) {
        self.path = path
        self.limitBytes = limitBytes
    }

    /// Reads `relativePath` under the rules above. Throws a ``DataFileError``, or what `admit`
    /// throws: it is given the file's size before any byte is allocated (a run's memory
    /// budget). `afterChunk` is called after each chunk is read (tests change the file there
    /// to prove the change is seen).
    public func read(_ relativePath: String, admit: (Int) throws -> Void = { _ in },
                     afterChunk: () -> Void = {}) throws -> DataFile {
        func fail(_ kind: DataFileError.Kind) -> DataFileError { DataFileError(path: relativePath, kind: kind) }
        guard !relativePath.isEmpty else { throw fail(.emptyPath) }
        guard !relativePath.hasPrefix("/") else { throw fail(.absolutePath) }
        guard let root = Self.resolved(path.isEmpty ? "." : path) else { throw fail(.noFolder) }
        let joined = root == "/" ? "/" + relativePath : root + "/" + relativePath
        let inside = { (resolved: String) in root == "/" || resolved == root || resolved.hasPrefix(root + "/") }
        guard let target = Self.resolved(joined) else {
            let reason = errno
            // Nothing there: whether something exists outside the folder is not the notebook's
            // business, so a path whose existing part already leads outside is an escape.
            var depth = 0
            for part in relativePath.split(separator: "/") where part != "." {
                depth += part == ".." ? -1 : 1
                if depth < 0 { throw fail(.escapesFolder) }
            }
            var parts = joined.split(separator: "/", omittingEmptySubsequences: false)
            while parts.count > 1 {
                parts.removeLast()
                if let existing = Self.resolved(parts.count == 1 ? "/" : parts.joined(separator: "/")) {
                    if !inside(existing) { throw fail(.escapesFolder) }
                    break
                }
            }
            throw fail(reason == ENOENT || reason == ENOTDIR ? .notFound : .unreadable(errno: reason))
        }
        guard inside(target), target != root else { throw fail(target == root ? .notRegularFile(.directory) : .escapesFolder) }

        var before = stat()
        guard stat(target, &before) == 0 else { throw fail(.unreadable(errno: errno)) }
        if let kind = Self.kind(of: before) { throw fail(.notRegularFile(kind)) }
        guard Int(before.st_size) <= limitBytes else { throw fail(.tooLarge(bytes: Int(before.st_size), limit: limitBytes)) }

        // O_NONBLOCK: should the path have become a FIFO since `stat`, opening does not wait for a writer.
        let descriptor = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw fail(.unreadable(errno: errno)) }
        defer { close(descriptor) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0 else { throw fail(.unreadable(errno: errno)) }
        if let kind = Self.kind(of: opened) { throw fail(.notRegularFile(kind)) }
        guard Self.sameVersion(before, opened) else { throw fail(.changedWhileReading) }

        let size = Int(opened.st_size)
        guard size <= limitBytes else { throw fail(.tooLarge(bytes: size, limit: limitBytes)) }
        try admit(size)
        var bytes = [UInt8](repeating: 0, count: size + 1)   // one more: a file that grew is seen
        var filled = 0
        while filled < bytes.count {
            let chunk = Swift.min(bytes.count - filled, Self.chunkBytes)
            let count = bytes.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress! + filled, chunk) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw fail(.unreadable(errno: errno))
            }
            if count == 0 { break }
            filled += count
            afterChunk()
        }
        var after = stat()
        guard fstat(descriptor, &after) == 0 else { throw fail(.unreadable(errno: errno)) }
        guard filled == size, Self.sameVersion(opened, after) else { throw fail(.changedWhileReading) }
        bytes.removeLast()
        return DataFile(record: DataFileRecord(path: relativePath, bytes: size, sha256: SHA256.hash(of: bytes).hex),
                        bytes: bytes, resolvedPath: target)
    }

    static let chunkBytes = 1 << 16

    /// `realpath(3)`: absolute, `..` and every symbolic link resolved; nil when it fails (`errno` says why).
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Nil for a regular file, else what it is.
    static func kind(of info: stat) -> DataFileError.FileKind? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .directory
        case S_IFIFO: .fifo
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFSOCK: .socket
        default: .other
        }
    }

    /// The same file with the same contents as far as the file system tells: device, inode,
    /// size and modification time (to the nanosecond where the file system keeps it).
    static func sameVersion(_ a: stat, _ b: stat) -> Bool {
        #if canImport(Darwin)
        let (ma, mb) = (a.st_mtimespec, b.st_mtimespec)
        #else
        let (ma, mb) = (a.st_mtim, b.st_mtim)
        #endif
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size
            && ma.tv_sec == mb.tv_sec && ma.tv_nsec == mb.tv_nsec
    }
}

/// A data file's bytes and what identifies them.
public struct DataFile: Sendable {
    public var record: DataFileRecord
    public var bytes: [UInt8]
    /// The absolute path it was read from, links resolved (one file read by two spellings is one file).
    public var resolvedPath: String

    public init(record: DataFileRecord, bytes: [UInt8], resolvedPath: String) {
        self.record = record
        self.bytes = bytes
        self.resolvedPath = resolvedPath
    }
}

/// What a run records about a data file it read: the path as the cell wrote it, its size and
/// its SHA-256. The report lists these; the results cache keys cells on them.
public struct DataFileRecord: Hashable, Sendable, Codable {
    /// Relative to the notebook's folder, as the cell wrote it.
    public var path: String
    public var bytes: Int
    /// Lowercase hexadecimal, 64 digits.
    public var sha256: String

    public init(path: String, bytes: Int, sha256: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }
}

/// `read(2)` (inside `DataFolder`, `read` names its method).
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
