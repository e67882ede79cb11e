import Foundation

/// Reading a notebook: a regular file, or standard input for `-` (as pandoc reads it),
/// never more than ``maximumBytes`` (an endless input is an error at that size, not a hang).
///
/// Paths that are not regular files (a folder, a FIFO, `/dev/zero`, `/dev/stdin`) are
/// refused with what they are, before anything is read from them: "Permission denied"
/// for a folder was a wrong message.
public enum NotebookFile {
    /// The largest notebook read: 256 MiB (a 50 MB notebook renders; a stream of zeros does not hang).
    public static let maximumBytes = 256 << 20

    /// The path that means standard input.
    public static let standardInputPath = "-"

    /// Why a notebook could not be read; `Diagnostics` words each case.
    public enum Failure: Error, Equatable {
        case notFound
        case permissionDenied
        case isDirectory
        /// A FIFO, a device, a socket: `kind` says which.
        case notRegularFile(kind: FileKind)
        case tooLarge(limit: Int)
        case notUTF8
        case system(errno: Int32)
    }

    public enum FileKind: String, Sendable {
        case fifo = "a FIFO", characterDevice = "a character device", blockDevice = "a block device",
             socket = "a socket", other = "not a regular file"
    }

    /// The text of the notebook at `path` (or standard input for `-`).
    public static func read(_ path: String, limit: Int = maximumBytes) throws(Failure) -> String {
        let data: Data
        if path == standardInputPath {
            data = try readAll(from: FileHandle.standardInput.fileDescriptor, limit: limit)
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else { throw failure(errno) }
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw .isDirectory
            case S_IFIFO: throw .notRegularFile(kind: .fifo)
            case S_IFCHR: throw .notRegularFile(kind: .characterDevice)
            case S_IFBLK: throw .notRegularFile(kind: .blockDevice)
            case S_IFSOCK: throw .notRegularFile(kind: .socket)
            default: throw .notRegularFile(kind: .other)
            }
            guard Int(info.st_size) <= limit else { throw .tooLarge(limit: limit) }
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard descriptor >= 0 else { throw failure(errno) }
            defer { close(descriptor) }
            data = try readAll(from: descriptor, limit: limit)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        return text
    }

    /// Reads until end of file, failing as soon as more than `limit` bytes arrived.
    static func readAll(from descriptor: Int32, limit: Int) throws(Failure) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { usleep(1000); continue }   // a regular file opened O_NONBLOCK never blocks
                throw failure(errno)
            }
            if count == 0 { return data }
            guard data.count + count <= limit else { throw .tooLarge(limit: limit) }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: .notFound
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .isDirectory
        default: .system(errno: code)
        }
    }
}
