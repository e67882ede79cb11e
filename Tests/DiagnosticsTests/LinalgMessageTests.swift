import Testing
import Linalg
import Cells
@testable import Diagnostics

/// The words of the library's run-limit errors.
@Suite struct LinalgMessageTests {
    @Test func aRefusedAllocationSaysItsRealSize() {
        let refused = MemoryLimitExceeded(requestedBytes: Int128(1) << 67, liveBytes: 3 << 29, limitBytes: 2 << 30)
        #expect(Messages.text(for: LinalgError.memoryLimitExceeded(refused))
                == "allocation of 128 EB exceeds the memory limit of 2 GB (1.5 GB in use)")
        #expect(Messages.text(for: MemoryLimitExceeded(requestedBytes: 800, liveBytes: 0, limitBytes: 1000))
                == "allocation of 800 bytes exceeds the memory limit of 1000 bytes")
    }

    @Test func aRunOverItsMemorySaysWhatItHolds() {
        #expect(Messages.text(for: CellErrorKind.runMemoryLimitExceeded(heldBytes: 3 << 29, limit: 1 << 30))
                == "the run holds 1.5 GB, more than its memory limit of 1 GB")
    }

    @Test func aCancelledComputationNamesItsOperation() {
        #expect(Messages.text(for: LinalgError.cancelled(operation: "expm")) == "'expm' was stopped: the run's time is up")
    }
}
