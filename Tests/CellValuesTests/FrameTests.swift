import Testing
import CellValues

@Suite("Frames hold a function activation's variables")
struct FrameTests {
    @Test func unboxedAccessReadsAndWritesInPlace() {
        let frame = Frame.make(size: 3, parent: nil)
        frame.setDouble(1.5, at: 0)
        frame.setInt(-7, at: 1)
        frame.setBool(true, at: 2)
        #expect(frame.double(at: 0) == 1.5)
        #expect(frame.int(at: 1) == -7)
        #expect(frame.bool(at: 2))
        // The unboxed writes store ordinary values: a boxed read sees them too.
        #expect(ValueEquality.equal(frame.slots[0], .double(1.5)))
        frame.setDouble(2.5, at: 0)
        #expect(frame.double(at: 0) == 2.5)
    }

    @Test func aFrameOfValuesStartsWithThemAndClears() {
        let frame = Frame.make(values: [.int(1), .string("two")], parent: nil)
        #expect(frame.int(at: 0) == 1)
        #expect(frame.slots[1].string == "two")
        frame.clear()
        #expect(ValueEquality.equal(frame.slots[1], .void))
    }

    @Test func capturedFramesAreShared() {
        let outer = Frame.make(size: 1, parent: nil)
        let inner = Frame.make(size: 1, parent: outer)
        inner.parent!.setInt(42, at: 0)
        #expect(outer.int(at: 0) == 42)
    }

    @Test func theReturnValueHasASlotAfterTheVariables() {
        let frame = Frame.make(size: 2, parent: nil)
        frame.returnValue = .int(9)
        #expect(frame.size == 2)
        #expect(frame.int(at: 2) == 9)
    }

    @Test func aFinishedFrameReleasesWhatItsSlotsHeld() {
        weak var held: FunctionValue?
        do {
            let function = FunctionValue { _ in .void }
            held = function
            let frame = Frame.make(size: 1, parent: nil)
            frame.slots[0] = .function(function)
            frame.returnValue = .function(function)
        }
        #expect(held == nil)
    }
}

@Suite("A function's frame pool reuses frames nothing else holds")
struct FramePoolTests {
    @Test func aReturnedFrameIsTakenAgainEmptied() {
        let parent = Frame.make(size: 1, parent: nil)
        let pool = FramePool(size: 2, parent: parent)
        let first = pool.take()
        #expect(first.size == 2 && first.parent === parent)
        first.slots[0] = .string("kept until return")
        first.returnValue = .int(3)
        let identity = ObjectIdentifier(first)
        pool.recycle(consume first)
        let second = pool.take()
        #expect(ObjectIdentifier(second) == identity)
        // Emptied: every slot, the return slot too, is `.void` again, as `Frame.make` makes them.
        for index in 0...2 { #expect(ValueEquality.equal(second.slots[index], .void)) }
    }

    @Test func aFrameSomethingElseHoldsIsNotReused() {
        let pool = FramePool(size: 1, parent: nil)
        let frame = pool.take()
        let captured = frame   // what a closure made in the call would hold
        captured.setInt(7, at: 0)
        pool.recycle(consume frame)
        let next = pool.take()
        #expect(next !== captured)
        #expect(captured.int(at: 0) == 7)
    }

    @Test func recursionTakesOneFramePerLevelAndGivesThemAllBack() {
        let pool = FramePool(size: 1, parent: nil)
        var live: [ObjectIdentifier] = []
        func descend(_ depth: Int) {
            let frame = pool.take()
            live.append(ObjectIdentifier(frame))
            if depth > 0 { descend(depth - 1) }
            pool.recycle(consume frame)
        }
        descend(5)
        let first = Set(live)
        #expect(first.count == 6)   // the levels live at once: six frames
        live = []
        descend(5)
        #expect(Set(live) == first)   // the same six, reused
    }

    @Test func aPooledFrameReleasesWhatItsSlotsHeld() {
        weak var held: FunctionValue?
        let pool = FramePool(size: 1, parent: nil)
        do {
            let function = FunctionValue { _ in .void }
            held = function
            let frame = pool.take()
            frame.slots[0] = .function(function)
            pool.recycle(consume frame)
        }
        #expect(held == nil)
    }
}

@Suite("Ordered tables keep insertion order")
struct OrderedTableTests {
    @Test func insertUpdateAndRemove() {
        var table = OrderedTable()
        table.set(.string("b"), .int(2))
        table.set(.string("a"), .int(1))
        table.set(.string("b"), .int(20))
        #expect(table.keys.map(\.string) == ["b", "a"])
        #expect(table.lookup(.string("b"))?.int == 20)
        table.set(.string("b"), nil)
        #expect(table.keys.map(\.string) == ["a"])
        #expect(table.lookup(.string("a"))?.int == 1)
        #expect(table.lookup(.string("b")) == nil)
    }

    @Test func equalValuesAreOneKey() {
        var table = OrderedTable()
        table.set(.tuple([.int(1), .double(2)]), .void)
        table.set(.tuple([.int(1), .double(2)]), .void)
        #expect(table.count == 1)
    }
}
