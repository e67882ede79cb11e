/// The variables of one function activation (or of the notebook's global
/// scope). Closures and nested functions keep a reference to the frame they
/// were created in (`parent`), so captured variables are shared by
/// reference, as in Swift.
///
/// The slots live in the same allocation as the frame (a `ManagedBuffer`): making
/// a frame for a call is one allocation, and reading a variable is one load, with
/// no bounds or exclusivity check — the checker has already proved every slot
/// index in range.
///
/// ```swift
/// let frame = Frame.make(size: 2, parent: nil)
/// frame.setDouble(1.5, at: 0)
/// frame.double(at: 0)          // 1.5
/// frame.slots[1] = .string("x")
/// ```
public final class Frame: ManagedBuffer<FrameHeader, Value> {
    /// A frame of `size` variable slots (all `.void`) and one for the return value.
    @inlinable
    public static func make(size: Int, parent: Frame?) -> Frame {
        let frame = unsafeDowncast(
            Frame.create(minimumCapacity: size + 1) { _ in FrameHeader(size: size, parent: parent) },
            to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .void, count: size + 1) }
        return frame
    }

    /// A frame holding `values` in its first slots.
    public static func make(values: [Value], parent: Frame?) -> Frame {
        let frame = make(size: values.count, parent: parent)
        for (index, value) in values.enumerated() { frame.slots[index] = value }
        return frame
    }

    /// The slots: `size` variables, then the return value. Valid while the frame lives.
    @inlinable public var slots: UnsafeMutablePointer<Value> {
        withUnsafeMutablePointerToElements { $0 }
    }

    /// How many variable slots the frame has.
    ///
    /// Read through a pointer, as `parent` is: `ManagedBuffer.header` is a stored
    /// property, and reading it would cost a run-time exclusivity check.
    @inlinable public var size: Int { withUnsafeMutablePointerToHeader { $0.pointee.size } }

    /// The frame this one was created in (whose variables it can reach), nil at the top.
    @inlinable public var parent: Frame? { withUnsafeMutablePointerToHeader { $0.pointee.parent } }

    /// What `return` left, kept in the slot after the variables.
    @inlinable public var returnValue: Value {
        get { slots[size] }
        set { slots[size] = newValue }
    }

    /// Empties every slot (so values held by a finished run are released).
    public func clear() {
        for index in 0...size { slots[index] = .void }
    }

    /// `clear`, inlined into a call's return path (`FramePool.recycle`).
    @inlinable @inline(__always)
    func reset() {
        // Last slot first: a function's locals are released in reverse order of declaration,
        // as Swift releases them (a class's `deinit` prints in that order).
        withUnsafeMutablePointers { header, slots in
            for index in stride(from: header.pointee.size, through: 0, by: -1) { slots[index] = .void }
        }
    }

    deinit {
        withUnsafeMutablePointers { header, slots in
            for index in stride(from: header.pointee.size, through: 0, by: -1) { (slots + index).deinitialize(count: 1) }
        }
    }

    /// The function value in `slot`, not retained (nil when the slot holds none). Only for a
    /// slot that keeps its value while the caller uses it: a declared function's.
    @inlinable @inline(__always)
    public func unretainedFunction(at slot: Int) -> Unmanaged<FunctionValue>? {
        if case .function(let function) = slots[slot] { return Unmanaged.passUnretained(function) }
        return nil
    }

    // MARK: Unboxed access for the numeric hot path

    /// The Double in `slot`, read in place (no copy of the `Value`).
    /// The slot must belong to a `Double` variable (anything else is a checker bug: see
    /// `Value.wrongCase`).
    @inlinable @inline(__always)
    public func double(at slot: Int) -> Double {
        if case .double(let value) = slots[slot] { return value }
        #if DEBUG
        Value.wrongCase("Double", slots[slot])
        #else
        return 0
        #endif
    }

    /// The Int in `slot`, read in place. The slot must belong to an `Int` variable.
    @inlinable @inline(__always)
    public func int(at slot: Int) -> Int {
        if case .int(let value) = slots[slot] { return value }
        #if DEBUG
        Value.wrongCase("Int", slots[slot])
        #else
        return 0
        #endif
    }

    /// The Bool in `slot`, read in place. The slot must belong to a `Bool` variable.
    @inlinable @inline(__always)
    public func bool(at slot: Int) -> Bool {
        if case .bool(let value) = slots[slot] { return value }
        #if DEBUG
        Value.wrongCase("Bool", slots[slot])
        #else
        return false
        #endif
    }

    /// Stores a Double into a slot that holds a trivial value (`.double`, `.int`,
    /// `.bool` or `.void`), without first destroying the old one.
    ///
    /// The slots of `Double`, `Int` and `Bool` variables only ever hold such
    /// values, so the checker can use this for them. On a slot holding a
    /// reference (an array, a string) it would leak that reference.
    @inlinable @inline(__always)
    public func setDouble(_ value: Double, at slot: Int) {
        (slots + slot).initialize(to: .double(value))
    }

    /// Stores an Int into a slot that holds a trivial value (see `setDouble`).
    @inlinable @inline(__always)
    public func setInt(_ value: Int, at slot: Int) {
        (slots + slot).initialize(to: .int(value))
    }

    /// Stores a Bool into a slot that holds a trivial value (see `setDouble`).
    @inlinable @inline(__always)
    public func setBool(_ value: Bool, at slot: Int) {
        (slots + slot).initialize(to: .bool(value))
    }
}

/// What a `Frame` keeps beside its slots.
public struct FrameHeader {
    public let size: Int
    public let parent: Frame?

    @inlinable
    public init(size: Int, parent: Frame?) {
        self.size = size
        self.parent = parent
    }
}

/// Spare frames of one function value, so that a call takes its frame from here and gives
/// it back at return instead of allocating one (docs/ARCHITECTURE.md, "Calls and numeric loops"). A frame
/// goes back only when the call's code holds the only reference to it: a closure made in
/// the call keeps its frame, which the pool then never sees again. Frames come back
/// emptied (every slot `.void`), as `Frame.make` makes them.
///
/// Last in, first out: a recursive call takes the frame its sibling just gave back
/// (`fib(n - 1)` then `fib(n - 2)`). The frames all have the function's slot count and
/// its captured frame as parent, so the pool belongs to one `FunctionValue`, which
/// belongs to the run.
///
/// Only the run's thread calls a function value, so the count needs no exclusivity check
/// (one would cost more than the allocation saved).
public final class FramePool {
    /// How many spare frames are kept: deeper recursion allocates the rest.
    public static let capacity = 64
    /// Strong references, moved in and out (no retain or release on either way).
    @usableFromInline let frames: UnsafeMutablePointer<Frame>
    @usableFromInline @exclusivity(unchecked) var count = 0
    public let size: Int
    public let parent: Frame?

    public init(size: Int, parent: Frame?) {
        self.size = size
        self.parent = parent
        frames = .allocate(capacity: FramePool.capacity)
    }

    deinit {
        frames.deinitialize(count: count)
        frames.deallocate()
    }

    /// A frame with every slot `.void`: a spare one, or a new one.
    @inlinable @inline(__always)
    public func take() -> Frame {
        if count > 0 {
            count -= 1
            return (frames + count).move()
        }
        return Frame.make(size: size, parent: parent)
    }

    /// Keeps `frame` (one `take` gave) for the next call, emptied, unless something else
    /// still holds it or the pool is full.
    ///
    /// `frame` is consumed: the caller's reference moves into the pool, so a call's frame
    /// goes back without a retain and a release.
    @inlinable @inline(__always)
    public func recycle(_ frame: consuming Frame) {
        guard count < FramePool.capacity, isKnownUniquelyReferenced(&frame) else { return }
        frame.reset()
        (frames + count).initialize(to: frame)
        count += 1
    }
}
