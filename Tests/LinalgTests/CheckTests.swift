import Testing
import Linalg

@Suite(.serialized) struct CheckTests {
    @Test func checksAreRecordedInOrderAndReturned() {
        CheckLog.reset()
        #expect(check(true, "holds"))
        #expect(!check(false, "fails"))
        check(Matrix([[1]]) ≈ Matrix([[1 + 1e-12]]))
        #expect(CheckLog.reset() == [
            CheckOutcome(passed: true, message: "holds"),
            CheckOutcome(passed: false, message: "fails"),
            CheckOutcome(passed: true, message: ""),
        ])
        #expect(CheckLog.outcomes.isEmpty)
    }
}
