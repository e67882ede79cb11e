import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The process's resident memory, read from `/proc/self/statm` (Linux; nil elsewhere).
///
/// Why: a run's matrices are counted exactly by `RunLimits.memory`, but a cell's arrays,
/// strings and printed output are Swift values with no hook at allocation or release. Their
/// sum is what the process holds beyond what it held when the run started, so the run's
/// limit is checked against that growth (docs/ARCHITECTURE.md, "Untrusted notebooks").
enum ResidentMemory {
    /// Resident bytes now, or nil when the system does not say.
    static func bytes() -> Int? {
        #if os(Linux)
        let descriptor = open("/proc/self/statm", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 127) }
        guard count > 0 else { return nil }
        // "size resident shared …" in pages: the second field.
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * pageSize
        #else
        return nil
        #endif
    }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Samples the process's resident memory every `interval` while a cell runs and rings the
/// cell's alarm once the run holds more than `limitBytes` beyond `baselineBytes`.
///
/// Two runs in one process share the process's memory, so each sees the other's growth:
/// the check is conservative then (it may stop a run early, never late).
final class MemoryWatch: @unchecked Sendable {   // the timer is touched only in init and deinit
    private let timer: DispatchSourceTimer

    init(baselineBytes: Int, limitBytes: Int, interval: DispatchTimeInterval = .milliseconds(10),
         whenOver: @escaping @Sendable (_ heldBytes: Int) -> Void) {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        let rung = Flag()
        timer.setEventHandler {
            guard !rung.isSet, let now = ResidentMemory.bytes(), now - baselineBytes > limitBytes else { return }
            rung.set()   // rings once
            whenOver(now - baselineBytes)
        }
        self.timer = timer
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(5))
        timer.resume()
    }

    deinit { timer.cancel() }

    private final class Flag: Sendable {
        private let value = Atomic<Bool>(false)
        var isSet: Bool { value.load(ordering: .relaxed) }
        func set() { value.store(true, ordering: .relaxed) }
    }
}
