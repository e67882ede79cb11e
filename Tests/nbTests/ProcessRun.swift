import Foundation

/// The outcome of running one child process to completion: what it wrote and how it ended.
struct ProcessOutput: Sendable {
    var stdout: String
    var stderr: String
    /// The exit status, or 128 + signal number when the process was killed by a signal.
    var status: Int32
    /// Whether the harness killed the process because it ran past its time limit.
    var timedOut: Bool

    /// How the process ended, for test comments: `exited 1`, `killed by signal 11`, or
    /// `was stopped at its time limit`.
    var ending: String {
        if timedOut { return "was stopped at its time limit" }
        return status > 128 ? "was killed by signal \(status - 128)" : "exited \(status)"
    }
}

/// Why the harness itself could not do its job (as opposed to `nb` failing a case).
enum HarnessError: Error, CustomStringConvertible {
    /// A child process could not be started.
    case cannotLaunch(URL, reason: String)
    /// A tool (`swiftc`, `nb`) was not found; `looked` says where.
    case toolNotFound(String, looked: String)
    /// swiftc did not finish normally (stopped at its time limit or killed), so its
    /// output is no verdict on the program.
    case compilerDidNotFinish(program: String, ending: String)

    var description: String {
        switch self {
        case .cannotLaunch(let executable, let reason): "cannot launch \(executable.path): \(reason)"
        case .toolNotFound(let tool, let looked): "\(tool) not found; \(looked)"
        case .compilerDidNotFinish(let program, let ending): "swiftc \(ending) while compiling \(program)"
        }
    }
}

/// Runs child processes for the corpus tests, at most two at a time (the machine is shared
/// and has two cores; swiftc and `nb` are both CPU-bound).
///
/// Output goes to temporary files rather than pipes, so a child that writes a lot to both
/// streams can never deadlock against a parent reading only one of them.
enum ProcessRun {
    private static let slots = ProcessSlots(count: 2)

    /// Runs `executable` with `arguments` in `directory`, killing it after `timeLimit` seconds.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                    timeLimit: TimeInterval = 120) async throws -> ProcessOutput {
        await slots.acquire()
        do {
            let output = try await runNow(executable, arguments, in: directory, timeLimit: timeLimit)
            await slots.release()
            return output
        } catch {
            await slots.release()
            throw error
        }
    }

    private static func runNow(_ executable: URL, _ arguments: [String], in directory: URL?,
                               timeLimit: TimeInterval) async throws -> ProcessOutput {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("nb-corpus-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // nb runs BLAS on one thread; idle OpenBLAS workers would spin beside the tests.
        var environment = ProcessInfo.processInfo.environment
        environment["OPENBLAS_NUM_THREADS"] = "1"
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        let child = RunningChild(process)
        let launchError: String? = await withCheckedContinuation { continuation in
            process.terminationHandler = { _ in continuation.resume(returning: nil) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(returning: "\(error)")
                return
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) { child.stopIfRunning() }
        }
        if let launchError { throw HarnessError.cannotLaunch(executable, reason: launchError) }
        let status = process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
        return ProcessOutput(
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            status: status,
            timedOut: child.wasStopped)
    }
}

/// A launched child shared with the time-limit timer, which may stop it from another thread.
private final class RunningChild: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var stopped = false

    init(_ process: Process) { self.process = process }

    func stopIfRunning() {
        lock.lock()
        defer { lock.unlock() }
        if process.isRunning {
            stopped = true
            // SIGKILL, not SIGTERM: a child spawned from a Dispatch worker thread inherits its
            // mask, which blocks SIGTERM, so `terminate()` would leave it running.
            kill(process.processIdentifier, SIGKILL)
        }
    }

    var wasStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }
}

/// A counting semaphore for async code: `acquire` suspends while all slots are taken.
actor ProcessSlots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
