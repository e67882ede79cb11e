import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when a file may have changed: the notebook and the local files it reads.
///
/// On Linux it listens to inotify on the files' folders (editors save by writing in place,
/// or by writing a new file and renaming it over the old one: both are seen, within a
/// millisecond); elsewhere it compares modification times every 50 ms. A file closed after
/// writing or renamed over a watched one is a finished save, reported at once; other events
/// (a write still going on, a deletion) once the folder has been quiet for ``settle``. One save
/// may be two finished events (Foundation renames its temporary file, then closes it): the
/// second render gives the same page, which `PreviewSession` does not send again.
final class NotebookWatcher: @unchecked Sendable {
    /// How long a burst of events must be quiet before it counts as one change.
    static let settle: Duration = .milliseconds(15)

    private let lock = NSLock()
    private var watched: Set<String>
    private var stopped = false

    /// Watches `paths` (absolute); `onChange` is called on a background thread.
    init(paths: [String]) {
        watched = Set(paths.map(Self.absolute))
    }

    /// Replaces the set of watched files (the data files a notebook reads can change).
    func watch(_ paths: [String]) {
        lock.withLock { watched = Set(paths.map(Self.absolute)) }
    }

    func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Yields once per settled change, until `stop()`.
    func changes() -> AsyncStream<Void> {
        AsyncStream { continuation in
            let thread = Thread { [self] in
                self.loop { continuation.yield() }
                continuation.finish()
            }
            thread.name = "nb preview watcher"
            thread.start()
            continuation.onTermination = { [weak self] _ in self?.stop() }
        }
    }

    private func loop(_ changed: () -> Void) {
        #if os(Linux)
        if inotifyLoop(changed) { return }
        #endif
        pollingLoop(changed)
    }

    #if os(Linux)
    /// Returns false when inotify is not available (then polling takes over).
    private func inotifyLoop(_ changed: () -> Void) -> Bool {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var folders: [String: Int32] = [:]
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending: ContinuousClock.Instant?
        while !isStopped {
            // Folders of every watched file (re-read each turn: the set may change).
            let wanted = Set(lock.withLock { watched }.map { ($0 as NSString).deletingLastPathComponent })
            for folder in wanted where folders[folder] == nil {
                let watch = inotify_add_watch(descriptor, folder, mask)
                if watch >= 0 { folders[folder] = watch }
            }
            // Sleeps until an event, the end of a pending settle, or 50 ms (to see `stop()` and new files).
            let wait = pending.map { since in
                max(1, Int32(((Self.settle - (ContinuousClock.now - since)) / .milliseconds(1)).rounded(.up)))
            } ?? 50
            var poll = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            _ = Glibc.poll(&poll, 1, wait)
            var sawWatchedFile = false, sawFinishedSave = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                var offset = 0
                let names = lock.withLock { watched }
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let (watch, kind, length, name) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int, String) in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        let start = offset + MemoryLayout<inotify_event>.size
                        let bytes = raw[start..<min(count, start + Int(event.len))].prefix { $0 != 0 }
                        return (event.wd, event.mask, Int(event.len), String(decoding: bytes, as: UTF8.self))
                    }
                    offset += MemoryLayout<inotify_event>.size + length
                    if let folder = folders.first(where: { $0.value == watch })?.key,
                       names.contains(folder + "/" + name) {
                        sawWatchedFile = true
                        if kind & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 { sawFinishedSave = true }
                    }
                }
            }
            if sawFinishedSave {
                pending = nil
                changed()
            } else if sawWatchedFile {
                pending = .now
            }
            if let since = pending, ContinuousClock.now - since >= Self.settle {
                pending = nil
                changed()
            }
        }
        return true
    }
    #endif

    private func pollingLoop(_ changed: () -> Void) {
        var last = stamps()
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.05)
            let now = stamps()
            if now != last {
                last = now
                changed()
            }
        }
    }

    private func stamps() -> [String: Double] {
        var result: [String: Double] = [:]
        for path in lock.withLock({ watched }) {
            var info = stat()
            if stat(path, &info) == 0 {
                result[path] = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) * 1e-9 + Double(info.st_size)
            }
        }
        return result
    }

    private static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return url.path
    }
}
