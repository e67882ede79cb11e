/// An instance of a cell's class: a reference (copying the `Value` copies the
/// reference, as in Swift), holding its stored properties and its dynamic class.
///
/// The fields are a fixed block of memory, like a `Frame`'s slots: a method that
/// changes a property of its own object while a caller is in the middle of
/// changing another (`layers[0].update()` inside a method of the same object)
/// must not trip Swift's exclusivity checks, which guard a class's stored arrays.
/// The checker proves every field index in range.
///
/// ```swift
/// let object = CellObject(class: counterClass, fieldCount: 1)
/// object.fields[0] = .int(1)
/// object.cellClass.methods[0].call(&arguments)   // dynamic dispatch: a slot, not a name
/// ```
public final class CellObject {
    public let cellClass: CellClass
    public let fields: UnsafeMutablePointer<Value>
    public let fieldCount: Int

    /// Whether the class's `deinit` bodies are still to run when the last reference goes
    /// (false for the stand-in they run on).
    private let runsDeinitializers: Bool

    public init(class cellClass: CellClass, fieldCount: Int) {
        self.cellClass = cellClass
        self.fieldCount = fieldCount
        fields = .allocate(capacity: max(fieldCount, 1))
        fields.initialize(repeating: .void, count: max(fieldCount, 1))
        runsDeinitializers = true
    }

    /// A stand-in for an object whose last reference is gone, taking over its fields: what
    /// `self` is inside its `deinit` (Swift's object cannot be referenced again once its
    /// count reached zero). Its fields are released when the `deinit` bodies are done.
    private init(adopting object: CellObject) {
        cellClass = object.cellClass
        fieldCount = object.fieldCount
        fields = object.fields
        runsDeinitializers = false
    }

    /// Runs the `deinit` bodies of the object's class and its superclasses (the subclass's
    /// first, as Swift does) on a stand-in, which then releases the fields; without any, the
    /// fields are released here.
    deinit {
        if runsDeinitializers {
            var stand: CellObject?
            var current: CellClass? = cellClass
            while let c = current {
                if let deinitializer = c.deinitializer {
                    if stand == nil { stand = CellObject(adopting: self) }
                    deinitializer(stand!)
                }
                current = c.superclass
            }
            if stand != nil { return }
        }
        fields.deinitialize(count: max(fieldCount, 1))
        fields.deallocate()
    }
}

/// A cell's class at run time: its name (for printing and cast failures), its
/// superclass (for `is`, `as?` and `as!`), and its table of methods (vtable):
/// one function value per overridable member, at the slot the checker chose for
/// it, so a subclass's override sits where the superclass's method sat.
///
/// The table is filled when the cell declaring the class runs (the function
/// values close over the frame they are declared in); the checker fixes the slots.
public final class CellClass {
    public let name: String
    public let superclass: CellClass?
    public var methods: [FunctionValue] = []
    /// How instances print when the class conforms to `CustomStringConvertible`
    /// (its own or an inherited `description`, taking the object); nil: `main.Name`.
    public var description: FunctionValue?
    /// The class's own `deinit` body, taking the object (nil when it declares none): run by
    /// `CellObject` when its last strong reference goes.
    public var deinitializer: ((CellObject) -> Void)?

    public init(name: String, superclass: CellClass?) {
        self.name = name
        self.superclass = superclass
    }

    /// Whether instances of this class are instances of `other` (it or a subclass of it).
    public func isSubclass(of other: CellClass) -> Bool {
        var current: CellClass? = self
        while let c = current {
            if c === other { return true }
            current = c.superclass
        }
        return false
    }
}
