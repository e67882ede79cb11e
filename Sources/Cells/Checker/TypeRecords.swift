/// What the checker knows about one type that cells declare, or extend: its shape (a
/// struct's stored properties, an enum's cases, a class's layout), its members (methods,
/// computed properties with their getters and setters, static members, initializers), the
/// protocols it declares, and how it prints. One record per type, owned by `Declarations`:
/// every question about a type's members is a query on its record.
///
/// A type declared elsewhere that a cell extends (`extension Int`, `extension Array where
/// Element == Int`, a protocol extension applied to a type) gets a record without a shape.
final class TypeRecord {
    /// What values of the type are made of.
    enum Shape {
        case structure(StructLayout)
        case enumeration(EnumLayout)
        case classType(ClassLayout)
    }

    /// A computed property: its getter (a function of `self`) and, if it has one, its setter
    /// (a mutating function of `self` and the new value).
    struct ComputedProperty {
        var getter: FunctionBinding
        var setter: FunctionBinding?
    }

    /// A static property: stored in a global slot, or computed by a getter without arguments.
    enum StaticProperty {
        case stored(Variable)
        case computed(getter: FunctionBinding)
    }

    /// Subscripts the type declares: a getter (its parameters are the indices) and a setter
    /// (the indices, then the new value), in declaration order (`UserSubscripts.swift`).
    private(set) var subscripts: [(getter: FunctionBinding, setter: FunctionBinding?)] = []

    func addSubscript(getter: FunctionBinding, setter: FunctionBinding?) {
        subscripts.append((getter, setter))
    }

    /// The name the type is filed under (see `Checker.typeKey`).
    let key: String
    /// Nil for a type declared elsewhere that cells only extend.
    var shape: Shape?
    /// Protocols declared in the type's declaration or its extensions (not those they refine).
    private(set) var conformances: Set<String> = []
    /// Instance methods by name (overloads in declaration order). Not the getters of
    /// computed properties: those are in `computedProperties`.
    private(set) var methods: [String: [FunctionBinding]] = [:]
    private(set) var computedProperties: [String: ComputedProperty] = [:]
    /// Stored properties with `willSet`/`didSet`: the function an assignment calls (`PropertyObservers.swift`).
    private(set) var observedSetters: [String: FunctionBinding] = [:]
    /// `lazy var` properties: the function that computes the value on first access (`LazyProperties.swift`).
    private(set) var lazyInitializers: [String: FunctionBinding] = [:]
    private(set) var staticProperties: [String: StaticProperty] = [:]
    private(set) var staticMethods: [String: [FunctionBinding]] = [:]
    /// The declared initializers, or the memberwise one; nil when the type has none of its own
    /// (an enum, an extended type).
    private(set) var initializers: [FunctionBinding]?
    /// The getter of `description` when the type is CustomStringConvertible through it.
    private(set) var descriptionGetter: Variable?

    init(key: String, shape: Shape? = nil) {
        self.key = key
        self.shape = shape
    }

    var structLayout: StructLayout? {
        get { if case .structure(let layout) = shape { layout } else { nil } }
        set { if let newValue { shape = .structure(newValue) } }
    }

    var enumLayout: EnumLayout? {
        if case .enumeration(let layout) = shape { layout } else { nil }
    }

    var classLayout: ClassLayout? {
        if case .classType(let layout) = shape { layout } else { nil }
    }

    /// A stored property of a struct: its index among the fields, and the field.
    func storedProperty(_ name: String) -> (index: Int, field: StructLayout.Field)? {
        guard let fields = structLayout?.fields, let index = fields.firstIndex(where: { $0.name == name }) else { return nil }
        return (index, fields[index])
    }

    /// Whether `name` is a static member of the type (what a bare name in a static method may mean).
    func hasStaticMember(_ name: String) -> Bool {
        staticProperties[name] != nil || staticMethods[name] != nil
            || enumLayout?.cases.contains(where: { $0.name == name }) == true
    }

    /// The names of the type's instance members (stored and computed properties, methods):
    /// what an unknown member's "did you mean" chooses from.
    var memberNames: [String] {
        let stored = structLayout?.fields.map(\.name) ?? classLayout?.fields.map(\.name) ?? []
        let cases = enumLayout?.cases.map(\.name) ?? []
        return stored + cases + Array(computedProperties.keys) + Array(methods.keys)
    }

    /// The instance methods named `name`, unless `name` is a computed property (then none).
    func methods(named name: String) -> [FunctionBinding] {
        computedProperties[name] == nil ? methods[name] ?? [] : []
    }

    // MARK: Declaring members (the checker's declaration steps call these)

    func addConformance(_ proto: String) { conformances.insert(proto) }

    func addMethod(_ binding: FunctionBinding) { methods[binding.name, default: []].append(binding) }

    func addStaticMethod(_ binding: FunctionBinding) { staticMethods[binding.name, default: []].append(binding) }

    /// Files a computed property's getter; false when the type already has a property of that
    /// name (its own comes first: a protocol extension's default does not replace it).
    func addComputedProperty(_ name: String, getter: FunctionBinding) -> Bool {
        guard computedProperties[name] == nil else { return false }
        computedProperties[name] = ComputedProperty(getter: getter)
        return true
    }

    func addObservedSetter(_ name: String, _ setter: FunctionBinding) { observedSetters[name] = setter }

    func addLazyInitializer(_ name: String, _ initializer: FunctionBinding) { lazyInitializers[name] = initializer }

    func setSetter(of name: String, _ setter: FunctionBinding) { computedProperties[name]?.setter = setter }

    /// A stored static property replaces what the name meant; a computed one is filed only once.
    func addStaticProperty(_ name: String, _ property: StaticProperty) {
        if case .computed = property, staticProperties[name] != nil { return }
        staticProperties[name] = property
    }

    func addInitializer(_ binding: FunctionBinding) { initializers = (initializers ?? []) + [binding] }

    func setInitializers(_ bindings: [FunctionBinding]) { initializers = bindings }

    func setDescriptionGetter(_ getter: Variable) { descriptionGetter = getter }

    /// A class's method or computed property placed in its table of methods: calls dispatch
    /// through `slot`.
    func setDispatchSlot(_ slot: Int, ofMethod name: String, at index: Int) { methods[name]?[index].dispatchSlot = slot }

    func setDispatchSlots(of name: String, getter: Int, setter: Int?) {
        computedProperties[name]?.getter.dispatchSlot = getter
        if let setter { computedProperties[name]?.setter?.dispatchSlot = setter }
    }
}

/// Every type, protocol and generic declaration the cells of a notebook declare, and the
/// library's enums: the table the checker queries ("what members does `Point` have?") and
/// fills as it declares. Records are found by type key (`Point`, `Stack<Int>`, `Card.Suit`,
/// `[Int]` for an extension of an array type).
final class Declarations {
    private var records: [String: TypeRecord] = [:]
    /// Protocols declared in cells, by name.
    var protocols: [String: ProtocolLayout] = [:]
    /// Generic structs declared in cells, by name (their instances have records of their own).
    var genericStructs: [String: GenericStruct] = [:]
    /// `typealias Vector = [Double]`.
    var typeAliases: [String: CellType] = [:]
    /// Extensions of protocols and generic built-in types, compiled per type that uses them.
    var extensionTemplates: [ExtensionTemplate] = []
    /// Operator functions declared in cells (`static func <` of a type, or a global `func +`),
    /// by operator (prefix operators as `prefix-`).
    var operatorFunctions: [String: [FunctionBinding]] = [:]
    /// Generic binary operator functions (`func == <T>(…)`), by operator.
    var genericOperatorFunctions: [String: [FunctionBinding]] = [:]
    /// Generic classes (`class Node<T>`), by name; their instances are classes of their own.
    var genericClasses: [String: GenericClass] = [:]
    /// The concrete types that values of protocol types (`any Shape`) hold, by index.
    var existentialTypes: [CellType] = []

    init(libraryEnums: [EnumLayout]) {
        for layout in libraryEnums { records[layout.name] = TypeRecord(key: layout.name, shape: .enumeration(layout)) }
    }

    /// The record of the type filed under `key`, if cells declared or extended it.
    subscript(key: String) -> TypeRecord? { records[key] }

    /// The record of `key`, made (without a shape) if there is none yet: for members that
    /// extensions add to a type declared elsewhere.
    func record(_ key: String) -> TypeRecord {
        if let record = records[key] { return record }
        let record = TypeRecord(key: key)
        records[key] = record
        return record
    }

    /// Files a new type with its shape (replacing the shape of an existing record for the key).
    @discardableResult
    func declare(_ key: String, shape: TypeRecord.Shape) -> TypeRecord {
        let record = record(key)
        record.shape = shape
        if case .classType = shape { hasClasses = true }
        return record
    }

    /// Whether cells declared any class (most notebooks have none: conversions skip the class rules).
    private(set) var hasClasses = false

    func structLayout(_ key: String) -> StructLayout? { records[key]?.structLayout }
    func enumLayout(_ key: String) -> EnumLayout? { records[key]?.enumLayout }
    func classLayout(_ key: String) -> ClassLayout? { records[key]?.classLayout }

    /// Whether `name` already names a struct, enum, class or generic struct (or a protocol):
    /// a second declaration of it is swiftc's "invalid redeclaration".
    func isTypeName(_ name: String, includingProtocols: Bool) -> Bool {
        records[name]?.shape != nil || genericStructs[name] != nil || genericClasses[name] != nil || includingProtocols && protocols[name] != nil
    }

    /// Every named type with a shape: what the resolver knows by name.
    var typeNames: some Sequence<String> { records.lazy.filter { $0.value.shape != nil }.map(\.key) }

    /// The structs' layouts, for printing.
    var structLayouts: [String: StructLayout] { records.compactMapValues(\.structLayout) }
    /// The enums' layouts (the library's too), for printing.
    var enumLayouts: [String: EnumLayout] { records.compactMapValues(\.enumLayout) }
    /// The classes, for printing and for the class descriptions of a block.
    var classLayouts: [ClassLayout] { records.values.compactMap(\.classLayout) }
    /// Every record that has a description getter.
    var describedTypes: [(key: String, getter: Variable)] {
        records.values.compactMap { record in record.descriptionGetter.map { (record.key, $0) } }
    }
}
