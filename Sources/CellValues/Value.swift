import Linalg
import Plot

/// A value while a cell runs. The checker has already fixed every type, so
/// the runtime never asks "what is this?": an operation compiled for `Int`
/// reads `.int` and nothing else. Aggregates are Swift arrays, so cells get
/// Swift's value semantics (copy on write) for free.
///
/// An optional is either `.none` or its wrapped value itself; the static type
/// says which printing (`Optional(3)`) applies. Only a nested optional's
/// `.some(nil)` (an `Int??` holding an `Int?` nil) needs a box, `.nested`, to stay
/// apart from the outer nil: see `wrappedInOptional` and `unwrappedOptional`.
///
/// A value of any integer type (`Int`, `UInt8`, …, `UInt64`) is its
/// mathematical value: `.int` whenever it fits in an Int, `.uint` only for the
/// `UInt`/`UInt64` values above `Int.max` (see `IntegerValue.swift`). So
/// equality, hashing and ordering need no type, and a conversion needs only
/// the target's.
///
/// Large payloads are `indirect` (one pointer), so a `Value` is 16 bytes plus a
/// tag and copying one in the hot path of a numeric loop stays cheap.
public enum Value {
    case int(Int)
    /// A `UInt` or `UInt64` above `Int.max` (never a value that fits `.int`).
    case uint(UInt)
    case double(Double)
    case bool(Bool)
    case string(String)
    case character(Character)
    case array([Value])
    /// An `ArraySlice`: the host's own, so it keeps the base array's indices
    /// (`xs[1..<4].startIndex` is 1) as Swift's does.
    indirect case slice(ArraySlice<Value>)
    /// A `Substring`, keeping the base string's indices.
    indirect case substring(Substring)
    /// A `String.Index` (prints as Swift prints it: `2[utf8]`).
    case stringIndex(String.Index)
    /// Dictionaries and sets keep insertion order: the same notebook prints the same bytes.
    indirect case dictionary(OrderedTable)
    /// Tuples, struct instances (stored properties in declaration order), ranges (lower, upper).
    case tuple([Value])
    indirect case enumCase(Int, [Value])
    case function(FunctionValue)
    indirect case matrix(Matrix)
    indirect case figure(Figure)
    indirect case opaque(AnyOpaque)
    /// A value of a protocol type (`any Shape`).
    indirect case existential(ExistentialValue)
    /// A reference to an instance of a cell's class (see `CellObject`).
    case object(CellObject)
    case none
    /// `Optional.some(x)` where `x` is itself `nil` or nested: `.nested(.none)` is `Int??`'s `.some(nil)`.
    indirect case nested(Value)
    case void

    // The payload accessors. The checker has fixed every type, so code compiled for an Int
    // reads `.int` of a value that is one; a read of the wrong case is a checker bug. It
    // traps in debug builds (the tests'); release builds keep the branch-free read.

    @inlinable @inline(__always) public var int: Int {
        if case .int(let v) = self { return v }
        #if DEBUG
        Value.wrongCase("Int", self)
        #else
        return 0
        #endif
    }
    @inlinable @inline(__always) public var double: Double {
        if case .double(let v) = self { return v }
        #if DEBUG
        Value.wrongCase("Double", self)
        #else
        return 0
        #endif
    }
    @inlinable @inline(__always) public var bool: Bool {
        if case .bool(let v) = self { return v }
        #if DEBUG
        Value.wrongCase("Bool", self)
        #else
        return false
        #endif
    }
    /// A String's, Character's or Substring's text.
    @inlinable @inline(__always) public var string: String {
        if case .string(let v) = self { return v }
        if case .character(let c) = self { return String(c) }
        if case .substring(let s) = self { return String(s) }
        #if DEBUG
        Value.wrongCase("String", self)
        #else
        return ""
        #endif
    }
    /// The elements of an array, a slice or a tuple (struct values and ranges are tuples).
    @inlinable @inline(__always) public var array: [Value] {
        switch self {
        case .array(let v), .tuple(let v): return v
        case .slice(let v): return Array(v)
        default:
            #if DEBUG
            Value.wrongCase("array", self)
            #else
            return []
            #endif
        }
    }
    @inlinable @inline(__always) public var table: OrderedTable {
        if case .dictionary(let v) = self { return v }
        #if DEBUG
        Value.wrongCase("dictionary", self)
        #else
        return OrderedTable()
        #endif
    }
    @inlinable @inline(__always) public var matrix: Matrix {
        if case .matrix(let v) = self { return v }
        #if DEBUG
        Value.wrongCase("Matrix", self)
        #else
        return Matrix.emptyForRuntime
        #endif
    }
    @inlinable @inline(__always) public var function: FunctionValue {
        if case .function(let v) = self { return v }
        #if DEBUG
        Value.wrongCase("function", self)
        #else
        return FunctionValue { _ in .void }
        #endif
    }

    /// A payload read of the wrong case: a trap, called by the accessors in debug builds
    /// only (release builds compile them to exactly the unchecked read).
    public static func wrongCase(_ expected: String, _ value: Value) -> Never {
        preconditionFailure("read \(expected) from \(value): the checker typed this value wrongly")
    }
    /// `Optional.some(self)`: the value itself, unless it is an optional's `nil` or
    /// already nested, which is boxed so that it stays apart from the outer `nil`.
    ///
    /// ```swift
    /// Value.int(3).wrappedInOptional     // .int(3): an Int? holding 3
    /// Value.none.wrappedInOptional       // .nested(.none): an Int?? holding .some(nil)
    /// ```
    @inlinable public var wrappedInOptional: Value {
        switch self {
        case .none, .nested: return .nested(self)
        default: return self
        }
    }

    /// What a non-nil optional holds: undoes `wrappedInOptional`.
    @inlinable public var unwrappedOptional: Value {
        if case .nested(let inner) = self { return inner }
        return self
    }

    /// Swift's `Optional(value)` for a builtin's result: nil, or `value` wrapped.
    @inlinable public static func optional(_ value: Value?) -> Value {
        value.map(\.wrappedInOptional) ?? .none
    }

    @inlinable public var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}

/// A value of a protocol type (`any Shape`): the value itself, which conforming type
/// it has (an index into the checker's table of types, for printing and casts), and
/// how that type meets the protocol's requirements: one function value per
/// requirement, in the protocol's order, each taking the value first.
public struct ExistentialValue {
    public var value: Value
    public var type: Int
    public var witnesses: [Value]

    public init(value: Value, type: Int, witnesses: [Value]) {
        self.value = value
        self.type = type
        self.witnesses = witnesses
    }
}

/// Library values that have no case of their own (e.g. `Tracked`, figure options).
public struct AnyOpaque: @unchecked Sendable {
    public var value: Any
    public init(value: Any) { self.value = value }
}

/// A callable: a cell's `func`, a closure, or a bound library function.
/// `arguments` is inout so `inout` parameters are copied back (Swift's
/// copy-in copy-out).
public final class FunctionValue {
    public let call: (inout [Value]) throws -> Value
    /// For a cell's function, a faster way in: a call makes a frame of `frameSize` slots
    /// whose parent is `captured`, writes the arguments into its first slots itself, and
    /// runs `enter` on it (which returns the result). Nil for builtins and closures made
    /// by the library.
    public let enter: ((Frame) throws -> Value)?
    public let frameSize: Int
    public let captured: Frame?
    /// For a cell's function whose result is an `Int` (or a `Double`): `enter` returning the
    /// result unboxed, so a call in an Int expression (`fib(n - 1) + fib(n - 2)`) makes no
    /// `Value` of it.
    public let enterInt: ((Frame) throws -> Int)?
    public let enterDouble: ((Frame) throws -> Double)?
    /// For a cell's function: the frames its calls reuse (nil for builtins).
    public let pool: FramePool?

    public init(_ call: @escaping (inout [Value]) throws -> Value) {
        self.call = call
        enter = nil
        frameSize = 0
        captured = nil
        enterInt = nil
        enterDouble = nil
        pool = nil
    }

    /// A cell's function: `enter` runs the body in a frame holding the arguments; `call`
    /// (for callers with an array of arguments) is made from it.
    public init(frameSize: Int, captured: Frame?, copyingBack inoutIndices: [Int],
                enter: @escaping (Frame) throws -> Value,
                enterInt: ((Frame) throws -> Int)? = nil, enterDouble: ((Frame) throws -> Double)? = nil) {
        self.enter = enter
        self.frameSize = frameSize
        self.captured = captured
        self.enterInt = enterInt
        self.enterDouble = enterDouble
        let pool = FramePool(size: frameSize, parent: captured)
        self.pool = pool
        call = { arguments in
            let frame = pool.take()
            for index in arguments.indices { frame.slots[index] = arguments[index] }
            let result: Value
            do {
                result = try enter(frame)
            } catch {
                // Swift writes inout arguments back when the function throws, too.
                for index in inoutIndices { arguments[index] = frame.slots[index] }
                throw error
            }
            for index in inoutIndices { arguments[index] = frame.slots[index] }
            pool.recycle(frame)
            return result
        }
    }
}

/// A dictionary or set with insertion order (a set stores `.void` values).
public struct OrderedTable {
    public var keys: [Value] = []
    public var index: [HashKey: Int] = [:]
    public var values: [Value] = []

    public init() {}

    public var count: Int { keys.count }

    public func lookup(_ key: Value) -> Value? {
        index[HashKey(key)].map { values[$0] }
    }

    public mutating func set(_ key: Value, _ value: Value?) {
        let hashKey = HashKey(key)
        if let value {
            if let position = index[hashKey] { values[position] = value } else {
                index[hashKey] = keys.count
                keys.append(key)
                values.append(value)
            }
        } else if let position = index.removeValue(forKey: hashKey) {
            keys.remove(at: position)
            values.remove(at: position)
            for (k, p) in index where p > position { index[k] = p - 1 }
        }
    }
}

/// Hashing of values usable as dictionary keys and set elements.
public struct HashKey: Hashable {
    public let value: Value
    public init(_ value: Value) { self.value = value }

    public static func == (a: HashKey, b: HashKey) -> Bool { ValueEquality.equal(a.value, b.value) }

    public func hash(into hasher: inout Hasher) {
        switch value {
        case .int(let v): hasher.combine(v)
        case .uint(let v): hasher.combine(v)
        case .double(let v): hasher.combine(v)
        case .bool(let v): hasher.combine(v)
        case .string(let v): hasher.combine(v)
        case .character(let v): hasher.combine(v)
        case .array(let v), .tuple(let v): v.forEach { HashKey($0).hash(into: &hasher) }
        case .slice(let v): v.forEach { HashKey($0).hash(into: &hasher) }
        case .substring(let v): hasher.combine(v)
        case .stringIndex(let v): hasher.combine(v)
        case .enumCase(let c, let v): hasher.combine(c); v.forEach { HashKey($0).hash(into: &hasher) }
        case .nested(let v): hasher.combine(1); HashKey(v).hash(into: &hasher)
        case .object(let v): hasher.combine(ObjectIdentifier(v))
        default: hasher.combine(0)
        }
    }
}

/// Structural equality, for `==` on the types the checker allows it on.
public enum ValueEquality {
    public static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.uint(let x), .uint(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.character(let x), .character(let y)): return x == y
        case (.array(let x), .array(let y)), (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.slice(let x), .slice(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        // StringProtocol's `==` compares a String with a Substring by contents.
        case (.substring, .substring), (.string, .substring), (.substring, .string): return a.string == b.string
        case (.stringIndex(let x), .stringIndex(let y)): return x == y
        case (.enumCase(let c1, let x), .enumCase(let c2, let y)):
            return c1 == c2 && x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.dictionary(let x), .dictionary(let y)):
            return x.count == y.count && zip(x.keys, x.values).allSatisfy { key, value in
                y.lookup(key).map { equal($0, value) } ?? false
            }
        case (.matrix(let x), .matrix(let y)): return x == y
        case (.nested(let x), .nested(let y)): return equal(x, y)
        // Class instances without an `==` of their own are the same when they are the same object.
        case (.object(let x), .object(let y)): return x === y
        case (.none, .none), (.void, .void): return true
        default: return false
        }
    }

    /// `<` for Comparable types (numbers, strings, tuples lexicographically).
    public static func less(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        // `.uint` holds only values above Int.max.
        case (.int, .uint): return true
        case (.uint, .int): return false
        case (.uint(let x), .uint(let y)): return x < y
        case (.double(let x), .double(let y)): return x < y
        case (.string(let x), .string(let y)): return x < y
        case (.character(let x), .character(let y)): return x < y
        case (.substring, .substring), (.string, .substring), (.substring, .string): return a.string < b.string
        case (.stringIndex(let x), .stringIndex(let y)): return x < y
        case (.tuple(let x), .tuple(let y)):
            for (l, r) in zip(x, y) {
                if less(l, r) { return true }
                if less(r, l) { return false }
            }
            return false
        case (.enumCase(let i, let x), .enumCase(let j, let y)):
            // Synthesized Comparable: case order, then the payloads.
            return i != j ? i < j : less(.tuple(x), .tuple(y))
        default: return false
        }
    }
}

extension Matrix {
    /// Never observed: only returned by a mis-typed read, which the checker rules out.
    public static var emptyForRuntime: Matrix { Matrix(rows: 0, cols: 0, repeating: 0) }
}
