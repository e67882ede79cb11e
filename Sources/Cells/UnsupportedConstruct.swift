/// A Swift construct outside the cell language, as data: the checker reports it at its place
/// (`CellErrorKind.notSupported`), and `Diagnostics` writes the words.
public enum UnsupportedConstruct: Sendable, Equatable {
    /// Where a modifier was written that cells do not accept (`'lazy' variables`).
    public enum ModifierPlace: Sendable, Equatable {
        case variables, properties, methods, initializers, classes
    }

    // MARK: Declarations
    case actor
    case macroDeclaration
    /// A declaration of a kind not listed here.
    case declaration
    case importOf(module: String)
    /// A modifier (`lazy`, `weak`, `open`, …) where cells do not accept it.
    case modifier(String, on: ModifierPlace)
    case attributes
    /// A top-level variable with accessors.
    case computedVariable
    case genericTypealias
    case genericEnum
    case genericClass
    case genericNestedStruct
    case genericInitializer
    /// A generic function where generic functions are not declared (an operator, an initializer's body).
    case genericFunctionHere
    case genericRequirement
    case functionWithoutBody
    case initializerWithoutBody
    /// A function declaration the checker has no body waiting for.
    case functionDeclaration
    /// An operator function whose parameter count is not its operator's (`func + (a: V)`).
    case operatorArity(operator: String, parameters: Int)
    case throwingOperatorFunction
    case failableInitializer
    case throwingInitializer
    case rethrowingInitializer
    case initializerInExtension
    case rawValuesWithoutRawType
    case classInsideFunction
    case classInheritingItself
    /// `class func` and `class var` (cells write `static`).
    case classMember
    case overridingGenericMethod
    case overridingStoredPropertyWithComputed
    case superOutsideSubclassMethod
    case superInitOutsideSubclassInitializer
    case superInitCall
    case selfInitCall
    case protocolExtensionAddingConformance
    case whereOnNonGenericExtension
    case extensionOfThisType
    case primaryAssociatedType
    case associatedType
    case staticRequirement
    case protocolRequirement
    /// A protocol refining a standard library protocol that cells only meet, not declare.
    case refining(protocol: String)
    case conformance(to: String)
    case mutatingRequirementThroughExistential(protocol: String)
    case member
    case staticProperty
    case computedProperty
    case propertyWithoutGetter
    /// An accessor other than `get` and `set` (`willSet`, `didSet`, `_modify`).
    case accessor(String)
    case effectfulAccessor
    case propertyPattern

    // MARK: Statements
    case labelOnStatement
    case deferOutsideBlock
    case discard
    case yield
    /// A statement of a kind not listed here.
    case statement
    case availabilityCondition
    case forTryAwait
    case conditionalCompilationInSwitch
    case switchExpressionWithStatements
    case ifExpressionWithStatements
    case pattern
    case patternInOptionalBinding

    // MARK: Expressions
    case await
    case macro(name: String)
    case regexLiteral
    /// An expression of a kind not listed here (its first characters, for the message).
    case expression(text: String)
    case unfoldedOperatorSequence
    case ampersandOutsideInoutArgument
    case ampersandInPrint
    case floatLiteral(text: String)
    case escapeSequence
    case interpolationWithSeveralArguments
    case functionReferenceWithArgumentNames
    case infixOperator(String)
    case prefixOperator(String)
    case keyPathWithoutRoot
    case keyPathIntoClass
    case keyPathComponent
    case enumCaseAsFunction(name: String)
    case dictionarySubscript
    case cast(from: CellType, to: CellType)
    case castToAnotherProtocol(from: CellType)
    /// A member of `any Error` values that cells do not offer (`localizedDescription`).
    case errorMember(name: String)
    case endlessSequenceArgument(CellType)
    case zippedEndlessSequences
    /// `s.lazy` of a sequence `LazySequences` does not model (a set, a dictionary, a zip).
    case lazySequence
    /// A member of a lazy adaptor not modelled yet (`prefix(3)` of a lazy collection, `flatMap`).
    case lazyCollectionMember(name: String)
    case weakOrUnownedCapture
    case asyncClosure
    case asyncFunction
    case typedThrows

    // MARK: Types
    case valueGenericArguments
    /// A written type outside the cell language (`UnsafeMutablePointer<Int>`, `some P` in a cell).
    case type(written: String)

    // MARK: Limits
    /// Generic code that instantiates itself with ever larger types (`f<T>` calling `f<[T]>`).
    case unboundedGenericInstantiation
    case globalVariables(limit: Int)
}

extension UnsupportedConstruct {
    /// Why a cell cannot have a construct: the message says so (docs/ARCHITECTURE.md,
    /// "Untrusted notebooks"). Only the first three are rules; the rest are gaps or limits.
    public enum Reason: Sendable, Equatable {
        /// Threads, tasks and actors: a cell runs on one thread, start to end, so a run is
        /// deterministic and its time limit is one alarm.
        case concurrency
        /// Files, network, clock, processes, C libraries: a cell sees only the standard library and
        /// nb's library, so rendering someone else's notebook is safe.
        case outsideWorld
        /// Pointers and unmanaged memory: a cell cannot write outside its values.
        case unsafeMemory
        /// A limit of the run (the number of global variables, generic instantiation depth).
        case limit
        /// The cell language does not have it yet (README, "Not yet").
        case notYetBuilt
    }

    /// Why cells refuse this construct.
    public var reason: Reason {
        switch self {
        case .actor, .await, .forTryAwait, .asyncClosure, .asyncFunction: .concurrency
        case .importOf: .outsideWorld
        case .type(let written): Self.reason(forWrittenType: written)
        case .unboundedGenericInstantiation, .globalVariables: .limit
        default: .notYetBuilt
        }
    }

    /// The standard library's and Foundation's types a cell must not hold, by why.
    private static func reason(forWrittenType written: String) -> Reason {
        let name = written.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        if name.hasPrefix("Unsafe") || name.hasPrefix("AutoreleasingUnsafe") || name == "OpaquePointer" {
            return .unsafeMemory
        }
        if ["Task", "TaskGroup", "ThrowingTaskGroup", "Thread", "DispatchQueue", "DispatchGroup", "Actor",
            "MainActor", "AsyncStream", "AsyncThrowingStream", "OperationQueue", "NSLock"].contains(name) {
            return .concurrency
        }
        if ["Date", "URL", "URLSession", "FileManager", "FileHandle", "Process", "ProcessInfo", "Timer",
            "Data", "Bundle", "ContinuousClock", "SuspendingClock", "CommandLine"].contains(name) {
            return .outsideWorld
        }
        return .notYetBuilt
    }
}
