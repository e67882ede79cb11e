import Foundation
import Testing
import Linalg

/// Per-run state: a run's memory budget counts its own live matrices, its cancellation
/// check stops long computations, and its random stream is its own, with two runs on
/// two threads at once.
@Suite struct RunLimitsTests {
    @Test func aBudgetCountsLiveMatrixElementsUntilTheyAreFreed() {
        let limits = RunLimits(memoryLimitBytes: 1 << 20)
        limits.installed {
            var A: Matrix? = zeros(10, 10)
            #expect(limits.memory.liveBytes == 800)
            var B = A!
            #expect(limits.memory.liveBytes == 800)          // shared until written
            B[0, 0] = 1
            #expect(limits.memory.liveBytes == 1600)         // copy-on-write made a second buffer
            A = nil
            #expect(limits.memory.liveBytes == 800)
            _ = B
        }
        #expect(limits.memory.liveBytes == 0)
        _ = zeros(10, 10)                                    // not installed: not counted
        #expect(limits.memory.liveBytes == 0)
    }

    @Test func aMatrixFreedOnAnotherThreadReturnsItsBytesToItsRun() async {
        let limits = RunLimits(memoryLimitBytes: 1 << 20)
        let A = limits.installed { ones(16, 16) }
        #expect(limits.memory.liveBytes == 2048)
        await Task.detached { [A] in _ = A.count }.value
        _ = consume A
        #expect(limits.memory.liveBytes == 0)
    }

    @Test func theBudgetRefusesWhatWouldPassItWithTheRealNumbers() {
        let limits = RunLimits(memoryLimitBytes: 1000)
        limits.installed {
            #expect(throws: LinalgError.memoryLimitExceeded(
                MemoryLimitExceeded(requestedBytes: 3200, liveBytes: 0, limitBytes: 1000))) {
                try Throwing.zeros(20, 20)
            }
            let held = zeros(10, 10)                         // 800 bytes
            #expect(throws: Never.self) { try Throwing.zeros(3, 3) }   // 72 more fit
            #expect(throws: LinalgError.memoryLimitExceeded(
                MemoryLimitExceeded(requestedBytes: 800, liveBytes: 800, limitBytes: 1000))) {
                try Throwing.product(held, held)             // 10×10 result past the budget
            }
            #expect(throws: LinalgError.memoryLimitExceeded(
                MemoryLimitExceeded(requestedBytes: Int128(1) << 67, liveBytes: 800, limitBytes: 1000))) {
                try Throwing.randn(1 << 32, 1 << 32)
            }
            _ = held
        }
    }

    @Test func theHostReservesItsOwnAllocationsInTheSameBudget() throws {
        let budget = MemoryBudget(limitBytes: 100)
        try budget.reserve(60)
        #expect(throws: MemoryLimitExceeded(requestedBytes: 41, liveBytes: 60, limitBytes: 100)) {
            try budget.reserve(41)
        }
        #expect(budget.liveBytes == 60)                      // a refused request counts nothing
        try budget.reserve(40)
        budget.release(100)
        #expect(budget.liveBytes == 0)
        budget.charge(150)                                   // an allocation that could not be refused
        #expect(budget.isExceeded)
    }

    @Test func installationsNestAndUnwind() {
        let outer = RunLimits(), inner = RunLimits()
        #expect(RunLimits.current == nil)
        outer.installed {
            #expect(RunLimits.current === outer)
            inner.installed { #expect(RunLimits.current === inner) }
            #expect(RunLimits.current === outer)
        }
        #expect(RunLimits.current == nil)
    }

    /// Two runs at once, each on its own thread with its own limits and stream, get what
    /// they would get alone: their own draws, and a budget that counts only their own
    /// matrices.
    @Test func twoRunsOnTwoThreadsKeepTheirOwnStateApart() async {
        struct Outcome: Sendable, Equatable {
            var draws: [Matrix]
            var liveBytes: [Int]
        }
        @Sendable func run(seed: UInt64, size: Int) -> Outcome {
            let limits = RunLimits(memoryLimitBytes: 1 << 30)
            var stream = RandomStream(seed: seed, key: "cell-1")
            return limits.installed {
                var outcome = Outcome(draws: [], liveBytes: [])
                var kept: [Matrix] = []
                for step in 1...200 {
                    kept.append(randn(size, size, using: &stream))
                    outcome.liveBytes.append(limits.memory.liveBytes)
                    #expect(limits.memory.liveBytes == step * size * size * 8)
                }
                outcome.draws = Array(kept.suffix(3))
                return outcome
            }
        }
        let alone = (run(seed: 1, size: 3), run(seed: 2, size: 5))
        let together = await withTaskGroup(of: (Int, Outcome).self) { group in
            for (index, (seed, size)) in [(UInt64(1), 3), (2, 5)].enumerated() {
                group.addTask { (index, runOnThread { run(seed: seed, size: size) }) }
            }
            var outcomes = [Outcome?](repeating: nil, count: 2)
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes
        }
        #expect(together[0] == alone.0)
        #expect(together[1] == alone.1)
    }

    @Test func aCancelledRunStopsLongComputationsAtTheirCheckpoints() {
        let limits = RunLimits(isCancelled: { true })
        limits.installed {
            #expect(throws: LinalgError.cancelled(operation: "expm")) { try Throwing.expm(100 * eye(3)) }
            #expect(throws: LinalgError.cancelled(operation: "svd")) { try Throwing.svd(eye(3)) }
            #expect(throws: LinalgError.cancelled(operation: "*")) { try Throwing.product(ones(40, 40), ones(40, 40)) }
            #expect(throws: Never.self) { try Throwing.product(ones(2, 2), ones(2, 2)) }   // small: no checkpoint
        }
        // The check is asked at each checkpoint: a run cancelled midway stops at the next one.
        let calls = Counter()
        let later = RunLimits(isCancelled: { calls.increment() > 3 })
        later.installed {
            #expect(throws: LinalgError.cancelled(operation: "expm")) { try Throwing.expm(1e6 * eye(2)) }
        }
        #expect(calls.value == 4)
        limits.isCancelled = nil
        #expect(throws: Never.self) { try limits.installed { () throws(LinalgError) in try Throwing.svd(eye(3)) } }
    }

    @Test func drawingFormsTakeTheStreamExplicitly() {
        var stream = RandomStream(seed: 8), copy = stream
        let U = rand(2, 2, using: &stream)
        #expect(U == Matrix([[copy.uniform(), copy.uniform()], [copy.uniform(), copy.uniform()]]))
        #expect(randn(using: &stream) == copy.normal())
        #expect(rand(using: &stream) == copy.uniform())
        #expect(throws: Never.self) { try Throwing.rand(1, 3, using: &stream) }
        #expect(throws: LinalgError.invalidArgument(operation: "randn", argument: "std", value: -1)) {
            try Throwing.randn(1, 1, std: -1, using: &stream)
        }
    }
}

/// Runs `body` on a thread of its own (as a notebook run has one) and returns its result.
func runOnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.start()
    done.wait()
    return box.value!
}

private final class ResultBox<T>: @unchecked Sendable {   // written once, before the semaphore
    var value: T?
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() -> Int { lock.withLock { count += 1; return count } }
}
