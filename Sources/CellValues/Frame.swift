/// The variables of one function activation (or of the notebook's global
/// scope). Closures and nested functions keep a reference to the frame they
/// were created in (`parent`), so captured variables are shared by
/// reference, as in Swift.
///
/// The slots are a fixed block of memory (a `let` pointer): reading a variable
/// is one load, with no bounds or exclusivity check — the checker has already
/// proved every slot index in range.
///
/// ```swift
/// let frame = Frame(size: 2, parent: nil)
/// frame.setDouble(1.5, at: 0)
/// frame.double(at: 0)          // 1.5
/// frame.slots[1] = .string("x")
/// ```
public final class Frame {
    public let slots: UnsafeMutablePointer<Value>
    public let size: Int
    public let parent: Frame?

    /// What `return` left, kept in the slot after the variables: a slot is read through
    /// a pointer, with none of the run-time exclusivity checks a stored property of a class
    /// gets when another module accesses it.
    @inlinable public var returnValue: Value {
        get { slots[size] }
        set { slots[size] = newValue }
    }

    public init(size: Int, parent: Frame?) {
        self.size = size
        slots = .allocate(capacity: size + 1)
        slots.initialize(repeating: .void, count: size + 1)
        self.parent = parent
    }

    /// A frame holding `values` in its first slots.
    public convenience init(values: [Value], parent: Frame?) {
        self.init(size: values.count, parent: parent)
        for (index, value) in values.enumerated() { slots[index] = value }
    }

    /// Empties every slot (so values held by a finished run are released).
    public func clear() {
        for index in 0...size { slots[index] = .void }
    }

    deinit {
        slots.deinitialize(count: size + 1)
        slots.deallocate()
    }

    // MARK: Unboxed access for the numeric hot path

    /// The Double in `slot`, read in place (no copy of the `Value`).
    /// The slot must belong to a `Double` variable; anything else reads as 0.
    @inlinable @inline(__always)
    public func double(at slot: Int) -> Double {
        if case .double(let value) = slots[slot] { return value }
        return 0
    }

    /// The Int in `slot`, read in place. The slot must belong to an `Int` variable.
    @inlinable @inline(__always)
    public func int(at slot: Int) -> Int {
        if case .int(let value) = slots[slot] { return value }
        return 0
    }

    /// The Bool in `slot`, read in place. The slot must belong to a `Bool` variable.
    @inlinable @inline(__always)
    public func bool(at slot: Int) -> Bool {
        if case .bool(let value) = slots[slot] { return value }
        return false
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
