/// The copy-on-write buffer of a ``Matrix``: `count` doubles allocated inline after a
/// one-word header in a single heap object.
///
/// Why not `[Double]`: allocating an array goes through the standard library's generic
/// buffer initializer, which looks up `_ContiguousArrayStorage<Double>`'s metadata on
/// every call — measured at about half the cost of a 3×3 product. A `ManagedBuffer`
/// subclass has static metadata and allocates once. Value semantics are kept by
/// copying before any write to a shared buffer (`isKnownUniquelyReferenced`).
@usableFromInline
struct ElementBuffer: @unchecked Sendable {   // immutable once shared: written only when uniquely referenced
    @usableFromInline var object: ElementStorage
    /// The number of elements (kept here too: reading the class's header would cost a
    /// dynamic exclusivity check on every access).
    @usableFromInline let count: Int

    /// `count` elements, written by `fill` (which must initialize all of them).
    @inlinable
    init(count: Int, fill: (UnsafeMutableBufferPointer<Double>) -> Void) {
        object = ElementStorage.make(count: count)
        self.count = count
        object.withUnsafeMutablePointerToElements { fill(UnsafeMutableBufferPointer(start: $0, count: count)) }
    }

    /// A copy of `elements`.
    @inlinable
    init(_ elements: [Double]) {
        self.init(count: elements.count) { out in
            elements.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { out.baseAddress!.initialize(from: base, count: source.count) }
            }
        }
    }

    /// `count` copies of `value`.
    @inlinable
    init(repeating value: Double, count: Int) {
        self.init(count: count) { $0.initialize(repeating: value) }
    }

    @inlinable
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Double>) throws -> Result) rethrows -> Result {
        try object.withUnsafeMutablePointerToElements { try body(UnsafeBufferPointer(start: $0, count: count)) }
    }

    /// Mutable access, after copying the buffer if another matrix shares it.
    @inlinable
    mutating func withUnsafeMutableBufferPointer<Result>(
        _ body: (UnsafeMutableBufferPointer<Double>) throws -> Result
    ) rethrows -> Result {
        makeUnique()
        let count = self.count
        return try object.withUnsafeMutablePointerToElements { try body(UnsafeMutableBufferPointer(start: $0, count: count)) }
    }

    /// Whether no other matrix shares this buffer (so it may be written in place).
    @inlinable
    mutating func isUniquelyReferenced() -> Bool { isKnownUniquelyReferenced(&object) }

    @inlinable
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&object) {
            let source = object
            let count = self.count
            object = ElementStorage.make(count: count)
            source.withUnsafeMutablePointerToElements { from in
                object.withUnsafeMutablePointerToElements { $0.initialize(from: from, count: count) }
            }
        }
    }

    /// The elements as an array (a copy).
    @inlinable
    var array: [Double] { withUnsafeBufferPointer { Array($0) } }
}

extension ElementBuffer: RandomAccessCollection, MutableCollection {
    @inlinable var startIndex: Int { 0 }
    @inlinable var endIndex: Int { count }

    @inlinable
    subscript(position: Int) -> Double {
        get {
            precondition(position >= 0 && position < count, "ElementBuffer index out of range")
            return object.withUnsafeMutablePointerToElements { $0[position] }
        }
        set {
            precondition(position >= 0 && position < count, "ElementBuffer index out of range")
            makeUnique()
            object.withUnsafeMutablePointerToElements { $0[position] = newValue }
        }
    }
}

extension ElementBuffer: Equatable {
    /// Elementwise `==` (so `-0.0 == 0.0` and `NaN != NaN`, as for `[Double]`).
    @inlinable
    static func == (lhs: ElementBuffer, rhs: ElementBuffer) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.object === rhs.object { return lhs.allSatisfy { $0 == $0 } }
        return lhs.withUnsafeBufferPointer { a in
            rhs.withUnsafeBufferPointer { b in
                for index in 0..<a.count where a[index] != b[index] { return false }
                return true
            }
        }
    }
}

/// The heap object: the element count and the run's memory budget as header, the
/// doubles as tail allocation. Doubles are trivial, so nothing needs deinitializing.
///
/// Every buffer counts its elements' bytes in the ``MemoryBudget`` installed on the
/// thread that allocates it (``RunLimits``), and gives them back to that budget when it
/// is freed, on whatever thread: a run's budget sees exactly its live matrices.
@usableFromInline
final class ElementStorage: ManagedBuffer<ElementStorage.Header, Double> {
    @usableFromInline
    struct Header {
        @usableFromInline let count: Int
        @usableFromInline let budget: MemoryBudget?

        @inlinable init(count: Int, budget: MemoryBudget?) {
            self.count = count
            self.budget = budget
        }
    }

    @inlinable
    static func make(count: Int) -> ElementStorage {
        let budget = RunLimits.currentMemory
        budget?.charge(count &* MemoryLayout<Double>.stride)
        return unsafeDowncast(ElementStorage.create(minimumCapacity: count) { _ in Header(count: count, budget: budget) },
                              to: ElementStorage.self)
    }

    deinit {
        header.budget?.release(header.count &* MemoryLayout<Double>.stride)
    }
}
