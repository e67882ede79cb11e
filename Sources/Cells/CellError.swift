import Autodiff
import Linalg
import Plot
import DataFiles

/// An error in a cell, as data: where it is (in the .md file, 1-based) and
/// what went wrong. Messages are written by the Diagnostics module only
/// (`CellMessages.swift`).
public struct CellError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var kind: CellErrorKind
    /// What swiftc says in notes after the error: the candidates of a call that matches no
    /// overload, each with what does not fit.
    public var notes: [CellNote]

    public init(line: Int, column: Int, kind: CellErrorKind, notes: [CellNote] = []) {
        self.line = line
        self.column = column
        self.kind = kind
        self.notes = notes
    }
}

/// A note after an error: at a cell's declaration (`line`/`column`), or, for the library's
/// own declarations, which have no place in the notebook, at the error's place.
public struct CellNote: Sendable, Equatable {
    public var line: Int
    public var column: Int
    /// Whether the note points at a declaration in the notebook (its line is quoted).
    public var inNotebook: Bool
    public var kind: CellNoteKind

    public init(line: Int, column: Int, inNotebook: Bool, kind: CellNoteKind) {
        self.line = line
        self.column = column
        self.inNotebook = inNotebook
        self.kind = kind
    }
}

public enum CellNoteKind: Sendable, Equatable {
    /// One overload of a call that matches none. `declaration` is the library's signature
    /// (`func line(_ ys: Matrix, …)`), nil for a cell's own function (the note stands at it).
    case candidate(declaration: String?, problem: CandidateProblem)
}

/// Why an overload does not fit a call, as swiftc's note says it.
public enum CandidateProblem: Sendable, Equatable {
    /// `candidate expects value of type '[Double]' for parameter #1 (got 'Int')`
    case argumentType(expected: CellType, got: CellType, parameter: Int)
    /// Any other misfit: `found this candidate`.
    case other
}

/// Where a value of the wrong type was found, which picks the compiler's wording.
public enum ConversionContext: Sendable, Equatable {
    /// An argument of a call: "expected argument type".
    case argument
    /// `let x: T = value`: "specified type".
    case specifiedType
    /// `return value`: "return type".
    case returnValue
    /// `x = value`: "cannot assign value of type".
    case assignment
    /// An element of an array literal: "expected element type".
    case arrayElement
    /// Anything else: "expected type" / "contextual type".
    case contextual
}

/// What an assignment went through to reach a `let`.
public enum AssignmentPath: Sendable, Equatable {
    case value, property, `subscript`
}

/// Why an error thrown at some point of a cell would go nowhere: swiftc's reasons,
/// which pick its words.
public enum UnhandledErrorReason: Sendable, Equatable {
    /// The enclosing function or closure is not declared (or inferred) `throws`.
    case notThrowingFunction
    /// The enclosing `do` has no catch-all clause, and nothing around it may throw.
    case catchNotExhaustive
    /// Inside a `defer` body, out of which nothing may be thrown.
    case deferBody
    /// In the initial value of a stored property (`var v = try f()`).
    case propertyInitializer
    /// In the initial value of a `static` property.
    case globalVariableInitializer
    /// In a parameter's default value.
    case defaultArgument
    /// Inside a `rethrows` function, which may only throw what its function parameters throw.
    case rethrowingFunction
}

/// What went wrong in a cell. Types are carried as `CellType`s; `Diagnostics` spells them.
public enum CellErrorKind: Sendable, Equatable {
    // MARK: Parsing
    /// A syntax error found by swift-syntax; its message comes from SwiftParserDiagnostics.
    case syntax(message: String)
    /// An expression nested deeper than a limit of `CellLimits`: collection literals and
    /// types in each other (`kind == .squareBrackets`) or operands of operators
    /// (`kind == .operands`, a long chain like `1 + 1 + … + 1`). Swift's own compiler gives
    /// up on such expressions as too complex to type-check.
    case expressionTooComplex(kind: ExpressionLimit, limit: Int)
    /// A Swift construct outside the cell language.
    case notSupported(construct: UnsupportedConstruct)

    // MARK: Names
    /// `enum case 'relu' cannot be used as an instance member` (a bare case name in a method).
    case enumCaseAsInstanceMember(name: String)
    /// `cannot find 'W3' in scope` (with `; did you mean 'W2'?` when a name in scope is close)
    case cannotFindInScope(name: String, nearby: Nearby = Nearby())
    /// `cannot find type 'Foo' in scope`
    case cannotFindTypeInScope(name: String)
    /// `invalid redeclaration of 'x'`
    case invalidRedeclaration(name: String)
    /// `value of type 'Int' has no member 'foo'` (with `; did you mean 'x'?` when a member is close)
    case noMember(type: CellType, member: String, nearby: Nearby = Nearby())
    /// `S.rows(0..<2)`: a call of a member that is a property, not a method
    /// (`'rows' is a property of Matrix, not a method`); `subscriptHint` names the
    /// subscript that does what the call meant (`S[rows: 0..<2]`).
    case propertyCalledAsMethod(type: CellType, member: String, propertyType: CellType, subscriptHint: String?)
    /// `M[0]` on a Matrix: a Matrix is subscripted with a row and a column.
    case matrixSubscriptNeedsRowAndColumn
    /// `type 'Shape' has no member 'foo'`
    case typeHasNoMember(type: String, member: String)
    /// `instance member 'speak' cannot be used on type 'Animal'; did you mean to use a value of this type instead?`
    case instanceMemberOnType(member: String, type: String)
    /// `value of optional type 'Node?' must be unwrapped to refer to member 'value' of wrapped base type 'Node'`
    case optionalMemberNotUnwrapped(optional: CellType, member: String, wrapped: CellType)

    // MARK: Types
    /// `cannot convert value of type 'Int' to expected argument type 'Double'` (wording by context).
    case cannotConvert(from: CellType, to: CellType, context: ConversionContext)
    /// `binary operator '*' cannot be applied to operands of type 'Int' and 'Double'`
    case binaryOperatorMismatch(operator: String, lhs: CellType, rhs: CellType)
    /// `unary operator '-' cannot be applied to an operand of type 'String'`
    case unaryOperatorMismatch(operator: String, operand: CellType)
    /// `value of optional type 'Int?' must be unwrapped to a value of type 'Int'`
    case optionalNotUnwrapped(optional: CellType, wrapped: CellType)
    /// `cannot force unwrap value of non-optional type 'Int'`
    case forceUnwrapNonOptional(type: CellType)
    /// `initializer for conditional binding must have Optional type, not 'Int'`
    case conditionalBindingNotOptional(type: CellType)
    /// `type 'Int' cannot be used as a boolean; test for '!= 0' instead`
    case notBoolean(type: CellType)
    /// `cannot call value of non-function type 'Int'`
    case notCallable(type: CellType)
    /// `value of type 'Int' has no subscripts`
    case noSubscript(type: CellType)
    /// `'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.`
    case stringSubscriptedWithInt
    /// `result values in '? :' expression have mismatching types 'Int' and 'String'`
    case ternaryMismatch(then: CellType, else: CellType)
    /// `'nil' requires a contextual type`
    case nilNeedsContext
    /// `'nil' is not compatible with expected type 'Int'`
    case nilNotCompatible(with: CellType)
    /// `empty collection literal requires an explicit type`
    case emptyCollectionNeedsType
    /// `reference to generic type 'Stack' requires arguments in <...>`
    case genericArgumentsRequired(name: String)
    /// `generic parameter 'T' could not be inferred`
    case cannotInferGeneric(parameter: String)
    /// `heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional`
    case heterogeneousCollection
    /// `type of expression is ambiguous without a type annotation`
    case ambiguousExpression
    /// `ambiguous use of operator '-'` (`-(-4)` with no type from the context)
    case ambiguousOperator(String)
    /// `tuple pattern cannot match values of non-tuple type 'Int'` / count mismatch
    case tuplePatternMismatch(type: CellType, expectedCount: Int)
    /// `type '(Int) -> Int' does not conform to protocol 'Comparable'`: a generic requirement
    /// (or `for … in` over a non-sequence) that the argument's type does not meet.
    case doesNotConform(type: CellType, protocol: String)
    /// `global function 'f' requires that 'String' conform to 'Numeric'` (`owner` is
    /// `global function 'f'`, `generic struct 'Box'`, …).
    case requirementNotMet(owner: GenericOwner, type: CellType, protocol: String)
    /// `global function 'total' requires the types 'String.Element' (aka 'Character') and 'Int'
    /// be equivalent`: a `where S.Element == Int` the argument's associated type does not meet
    /// (`associated` is how swiftc spells it: the argument's type and the associated type's name).
    /// `referencing instance method 'uniqued()' on 'Sequence' requires that 'P' conform to
    /// 'Hashable'` (`property 'total' requires …`): a member of a constrained extension whose
    /// `where` clause the type misses.
    case extensionRequirementNotMet(member: String, isProperty: Bool, extended: String, type: CellType, protocol: String)
    case sameTypeRequirementNotMet(owner: GenericOwner, associated: String, type: CellType, required: CellType)
    /// `referencing operator function '==' on 'Equatable' requires that 'Point' conform to
    /// 'Equatable'`; without `referencing` (an element type): `operator function '==' requires …`.
    case operatorRequiresConformance(operator: String, type: CellType, protocol: String, referencing: Bool)
    /// `conflicting arguments to generic parameter 'T' ('Int' vs. 'String')`
    case conflictingGenericArguments(parameter: String, first: CellType, second: CellType)
    /// `for-in loop requires 'Int' to conform to 'Sequence'`
    case forInRequiresSequence(type: CellType)

    // MARK: Mutability
    /// `cannot assign to value: 'x' is a 'let' constant`; through a property:
    /// `cannot assign to property: 'p' is a 'let' constant`; through a subscript:
    /// `cannot assign through subscript: 'xs' is a 'let' constant`.
    case assignToLet(name: String, through: AssignmentPath)
    /// `deinitializer cannot be declared in struct 'Buffer' that conforms to 'Copyable'`
    case deinitializerInValueType(isEnum: Bool, type: CellType)
    /// `assigning a variable to itself`, `assigning a property to itself`
    case selfAssignment(isProperty: Bool)
    /// `cannot use mutating member on immutable value: 'xs' is a 'let' constant`
    case mutatingOnLet(name: String)
    /// `cannot use mutating getter on immutable value: 'cache' is a 'let' constant` (a lazy property's first read).
    case mutatingGetterOnLet(name: String)
    /// `cannot use mutating getter on immutable value: 'self' is immutable`
    case mutatingGetterOnImmutableSelf
    /// `'operator' may only be declared at file scope`
    case operatorNotAtFileScope
    /// `declaration is only valid at file scope` (a `precedencegroup` in a function)
    case declarationOnlyAtFileScope
    /// `'weak' may only be applied to class and class-bound protocol types, not 'Int'`
    case ownershipOfNonClass(modifier: String, type: CellType)
    /// `'weak' variable should have optional type 'Node?'`
    case weakNotOptional(type: CellType)
    /// `non-class type 'S' cannot conform to class protocol 'Listener'`
    case nonClassConformsToClassProtocol(type: CellType, protocol: String)
    /// `'lazy' cannot be used on a let`
    case lazyLet
    /// `lazy properties must have an initializer`
    case lazyWithoutInitializer
    /// `cannot pass immutable value as inout argument: 'x' is a 'let' constant`
    case inoutOnLet(name: String)
    /// `cannot assign to property: 'area' is a get-only property`
    case getOnlyProperty(name: String)
    /// `cannot assign to value: function call returns immutable value` and other non-lvalues.
    case notAssignable
    /// `cannot assign through subscript: 'k' is a read-only key path`
    case readOnlyKeyPath(name: String)
    /// `cannot assign through subscript: subscript is get-only` (an element of a lazy map).
    case getOnlySubscript
    /// `value of type 'Int' expected to be instance of class or class-constrained type`
    /// (`let x: AnyObject = 3`; the words depend on where the value goes).
    case notClassInstance(type: CellType, context: ConversionContext)
    /// `key path of type 'KeyPath<Person, String>' cannot be applied to a base of type 'Pet'`
    case keyPathRootMismatch(keyPath: CellType, base: CellType)
    /// `passing value of type 'Int' to an inout parameter requires explicit '&'`
    case inoutNeedsAmpersand(type: CellType)
    /// `'&' used with non-inout argument of type 'Int'`
    case ampersandNotInout(type: CellType)
    /// `cannot assign to property: 'self' is immutable` (a non-mutating method assigns a property)
    case selfImmutable
    /// `variable 'x' used before being initialized`
    case usedBeforeInitialized(name: String)

    // MARK: Classes
    /// `class 'P' has no initializers` (a stored property without a default, and no `init`).
    case classHasNoInitializers(name: String)
    /// `'self.init' isn't called on all paths before returning from initializer` (a convenience init)
    case selfInitNotCalled
    /// `'self' used before 'self.init' call or assignment to 'self'` (a convenience init)
    case selfUsedBeforeSelfInit
    /// `designated initializer for 'V' cannot delegate (with 'self.init'); did you mean this to be a
    /// convenience initializer?`
    case designatedInitializerDelegates(type: CellType)
    /// `overriding declaration requires an 'override' keyword`
    case overrideKeywordRequired
    /// `use the 'required' modifier to override a required initializer`
    case requiredModifierMissing
    /// `'required' initializer 'init(sides:)' must be provided by subclass of 'Shape'`
    case requiredInitializerNotProvided(labels: [String?], superclass: String)
    /// `method does not override any method from its superclass` (`member` is `method`,
    /// `property` or, for `initializer does not override a designated initializer from its
    /// superclass`, `initializer`).
    case overridesNothing(member: String)
    /// `instance method overrides a 'final' instance method`, `property overrides a 'final' property`
    case overridesFinal(member: String)
    /// `inheritance from a final class 'A'`
    case inheritanceFromFinalClass(name: String)
    /// `inheritance from non-protocol type 'A'` (a struct or enum listing a class)
    case inheritanceFromNonProtocol(name: String)
    /// `superclass 'A' must appear first in the inheritance clause`
    case superclassNotFirst(name: String)
    /// `'mutating' is not valid on instance methods in classes`
    case mutatingInClass
    /// `cannot override with a stored property 'x'`
    case overrideWithStoredProperty(name: String)
    /// `cannot override mutable property with read-only property 'x'`
    case readOnlyOverridesMutable(name: String)
    /// `property 'x' with type 'String' cannot override a property with type 'Int'`
    case overrideChangesType(name: String, type: CellType, overridden: CellType)
    /// `property 'self.y' not initialized at super.init call` (or `at implicitly generated super.init call`)
    case propertyNotInitializedAtSuperInit(name: String, implicit: Bool)
    /// `'super.init' isn't called on all paths before returning from initializer`
    case superInitNotCalled
    /// `return from initializer without initializing all stored properties`
    case initializerLeavesPropertiesUninitialized
    /// `'self' used in method call 'f' before 'super.init' call` (`use` is `method call 'f'` or
    /// `property access 'x'`; nil: `'self' used before 'super.init' call`); in a class without a
    /// superclass, `… before all stored properties are initialized`.
    case selfUsedBeforeInitialized(use: String?, beforeSuperInit: Bool)
    /// `global function 'f' requires that 'Int' inherit from 'Animal'` (a generic parameter `T: Animal`)
    case superclassRequirementNotMet(owner: GenericOwner, type: CellType, superclass: String)
    /// `reference to property 'count' in closure requires explicit use of 'self' to make capture semantics
    /// explicit` (for a method: `call to method 'inc' in closure …`): an escaping closure in a class's method.
    case implicitSelfInClosure(member: String, isMethod: Bool)
    /// `argument type 'Int' expected to be an instance of a class or class-constrained type` (`===`)
    case identityNeedsClass(type: CellType)

    // MARK: Calls
    /// `missing argument label 'x:' in call`
    case missingArgumentLabel(label: String)
    /// `extraneous argument label 'x:' in call`
    case extraneousArgumentLabel(label: String)
    /// `incorrect argument label in call (have 'a:', expected 'b:')`
    case incorrectArgumentLabel(have: String, expected: String)
    /// `argument 'color' must precede argument 'style'`
    case argumentOutOfOrder(argument: String, mustPrecede: String)
    /// `missing argument for parameter 'x' in call` (`#1` for an unlabeled one); for several,
    /// `missing arguments for parameters 'x', 'y' in call`
    case missingArguments(parameters: [MissingParameter])
    /// `extra argument in call` / `extra argument 'x' in call`
    case extraArgument(label: String?)
    /// `argument passed to call that takes no arguments`
    case argumentToNoArgumentCall
    /// `no exact matches in call to global function 'sqrt'`
    case noMatchingOverload(kind: FunctionKind, name: String)
    /// `contextual closure type '(Int) -> Int' expects 1 argument, but 2 were used in closure body`
    case closureArity(type: CellType, expected: Int, found: Int)

    // MARK: Statements
    /// `missing return in global function expected to return 'Int'`
    case missingReturn(kind: FunctionKind, type: CellType)
    /// `unexpected non-void return value in void function`
    case unexpectedReturnValue
    /// `non-void function should return a value`
    case missingReturnValue
    /// `return invalid outside of a func`
    case returnOutsideFunction
    /// `'break' is only allowed inside a loop, if, do, or switch` (inside an `if`: `unlabeled
    /// 'break' is only allowed inside a loop or switch, …`); `'continue' is only allowed inside a loop`.
    case breakOutsideLoop(keyword: String, insideConditional: Bool)
    /// `cannot find label 'outer' in scope`
    case unknownLabel(label: String)
    /// `switch must be exhaustive`
    case switchNotExhaustive
    /// `'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope`
    case guardFallsThrough

    // MARK: Errors (`throw`, `try`, `catch`, `defer`)
    /// A call that can throw. Not marked with `try`: `call can throw but is not marked with
    /// 'try'`, or with a reason: `call can throw, but it is not marked with 'try' and the error
    /// is not handled`. In a `defer` body or a `rethrows` function the call's words are used
    /// with `try` too: `call can throw, but errors cannot be thrown out of a defer body`.
    case throwingCall(markedWithTry: Bool, unhandled: UnhandledErrorReason?)
    /// `try` whose error goes nowhere: `errors thrown from here are not handled` (`… because
    /// the enclosing catch is not exhaustive`).
    case tryNotHandled(UnhandledErrorReason)
    /// `throw` whose error goes nowhere: `error is not handled because the enclosing function
    /// is not declared 'throws'`, `errors cannot be thrown out of a defer body`, …
    case throwNotHandled(UnhandledErrorReason)
    /// `thrown expression type 'Int' does not conform to 'Error'`
    case thrownTypeNotError(type: CellType)
    /// `&&`, `||` or `??` whose right operand (an autoclosure) throws, outside a `try`:
    /// `operator can throw but expression is not marked with 'try'`.
    case throwingOperatorWithoutTry
    /// `let n: Int = try? f()`: `value of optional type 'Int?' not unwrapped; did you mean to
    /// use 'try!' or chain with '?'?`
    case optionalTryNotUnwrapped(type: CellType)
    /// `1 + try f()`: `'try' cannot appear to the right of a non-assignment operator`
    /// (`keyword` is `try`, `try?` or `try!`).
    case tryRightOfOperator(keyword: String)
    /// `invalid conversion from throwing function of type '(Int) throws -> Int' to
    /// non-throwing function type '(Int) -> Int'`
    case throwingFunctionConversion(from: CellType, to: CellType)
    /// `'return' cannot transfer control out of a defer statement` (`break`, `continue`).
    case jumpOutOfDefer(keyword: String)

    /// `integer literal '200' overflows when stored into 'Int8'` (the literal's value in decimal).
    case integerLiteralOverflow(literal: String, type: CellType)
    /// `negative integer '-1' overflows when stored into unsigned type 'UInt8'`
    case negativeIntegerOverflow(literal: String, type: CellType)
    /// Arithmetic on constants that swiftc evaluates while compiling, and rejects:
    /// `arithmetic operation '200 + 100' (on type 'UInt8') results in an overflow`, or for
    /// `/` and `%` `division '-128 / -1' results in an overflow`.
    case constantOverflow(lhs: String, operator: String, rhs: String, type: CellType)
    /// `division by zero` (`/` or `%` of constants, found while compiling).
    case constantDivisionByZero

    // MARK: Runtime (Swift traps)
    /// Integer arithmetic overflowed (Swift traps): the operator, e.g. `+`, and the operands' type.
    case integerOverflow(operator: String, type: IntegerType = .int)
    /// `Fatal error: Division by zero` (also `%`).
    case divisionByZero
    /// `Fatal error: Index out of range`
    case indexOutOfRange(index: Int, count: Int)
    /// `Fatal error: Unexpectedly found nil while unwrapping an Optional value`
    case unwrappedNil
    /// `Fatal error: Attempted to read an unowned reference but object 0x… was already destroyed` (nb names no address)
    case unownedReferenceDeallocated
    /// `Fatal error: Range requires lowerBound <= upperBound`
    case invalidRange(lower: Int, upper: Int)
    /// `Fatal error: Can't remove last element from an empty collection` and friends.
    case emptyCollection(operation: String)
    /// `Fatal error: Double value cannot be converted to Int8 because it is either infinite or NaN`,
    /// `… because the result would be greater than Int8.max` / `less than Int8.min`.
    case invalidConversion(value: Double, type: IntegerType = .int)
    /// An integer converted to a type that cannot hold it (`Int8(300)`, `UInt8(-1)` of a variable):
    /// `Fatal error: Not enough bits to represent the passed value`, or for a negative value
    /// into an unsigned type `Fatal error: Negative value is not representable`.
    case integerNotRepresentable(negativeIntoUnsigned: Bool)
    /// `Fatal error: Radix must be between 2 and 36` (`String(_:radix:)`), or when parsing
    /// (`Int(_:radix:)`) `Fatal error: Radix not in range 2...36`.
    case invalidRadix(parsing: Bool)
    /// `Fatal error: Can't take a prefix of negative length from a collection`: `prefix`,
    /// `suffix`, `dropFirst` or `dropLast` (the operation) with a negative count.
    case negativeCount(operation: String)
    /// `Fatal error: Index out of bounds`: an `ArraySlice` subscripted outside its indices.
    case sliceIndexOutOfBounds(index: Int, startIndex: Int, endIndex: Int)
    /// `Fatal error: String index is out of bounds`
    case stringIndexOutOfBounds
    /// `Fatal error: Duplicate values for key: 'a'` (`Dictionary(uniqueKeysWithValues:)`).
    case duplicateKey(key: String)
    /// `Fatal error: Stride size must not be zero`.
    case zeroStride
    /// An error a cell threw that nothing caught, out of its top level (as a compiled program's
    /// `main` ends): `Fatal error: Error raised at top level: main.ParseError.empty`, the error
    /// written as `String(reflecting:)` writes it.
    case uncaughtError(error: String)
    /// `try!` whose expression threw: `Fatal error: 'try!' expression unexpectedly raised an
    /// error: main.ParseError.empty`.
    case forcedTryFailed(error: String)
    /// `as!` on a value of another type: `Fatal error: Could not cast value of type
    /// 'main.Oops' to 'main.ParseError'.` (the types as `String(reflecting:)` writes them).
    case castFailed(from: String, to: String)
    /// A matrix library operation failed (shape mismatch, singular matrix, …).
    case linalg(LinalgError)
    /// A gradient or gradient flow could not be computed (a non-scalar loss, a stiff flow, …).
    case autodiff(AutodiffError)
    /// A figure could not be drawn as asked.
    case plot(PlotError)
    /// A data file could not be read or used (`readCSV`, `readMatrix`, a table's columns).
    case dataFile(DataFileError)
    /// A standard library precondition that Swift traps on, other than those above.
    case standardLibrary(StandardLibraryTrap)
    /// An error of a type no other case covers, thrown by a builtin (a bug in the library
    /// surface: every library's errors have a case): the error's module and description.
    case library(module: String, error: String)

    // MARK: Limits
    /// The cell ran longer than its time limit (`//| timeout:` seconds).
    case timeLimitExceeded(seconds: Double)
    /// Calls nested deeper than the recursion limit.
    case recursionLimitExceeded(limit: Int)
    /// An allocation of `bytes` over the memory limit, refused before allocating.
    case memoryLimitExceeded(bytes: Int, limit: Int)
    /// The run holds `heldBytes` (its arrays, strings, output and matrices together), more than
    /// its memory limit: found while the cell runs, not at one allocation.
    case runMemoryLimitExceeded(heldBytes: Int, limit: Int)
}

/// The names near the place of an unknown name (in scope there, or the members of the
/// type), from which `Diagnostics` picks the closest for "did you mean …?". Not part of an
/// error's identity: two errors that differ only in what was nearby are the same error.
/// A parameter a call gave no argument for: named by its label, or (unlabeled) by its position from 1.
public struct MissingParameter: Sendable, Equatable {
    public var label: String?
    public var position: Int
    public init(label: String?, position: Int) {
        self.label = label
        self.position = position
    }
}

public struct Nearby: Sendable, Equatable {
    public var names: [String]
    public init(_ names: [String] = []) { self.names = names }
    public static func == (_: Nearby, _: Nearby) -> Bool { true }
}

/// Which nesting limit an expression broke (see `CellLimits`).
public enum ExpressionLimit: Sendable, Equatable {
    /// Operators' operands inside each other (a chain of binary operators).
    case operands
    /// Square brackets of collection literals and types inside each other (`[[[1]]]`).
    case squareBrackets
}

/// What kind of code a function, a call's callee or a declaration is: the compiler's words for it
/// ("missing return in global function …", "no exact matches in call to instance method …").
public enum FunctionKind: Sendable, Equatable {
    /// A cell's top level (not a function: `return` is invalid there).
    case topLevel
    case globalFunction
    case localFunction
    case instanceMethod
    case staticMethod
    case initializer
    case getter
    case setter
    case closure
    /// An enum case with a payload, called like a function (`.circle(radius: 2)`).
    case enumCase
    /// A subscript (`xs[i]`).
    case `subscript`
}

/// The generic declaration whose requirement a call does not meet (swiftc names it in
/// "global function 'f' requires that 'T' conform to 'P'").
public enum GenericOwner: Sendable, Equatable {
    case function(FunctionKind, name: String)
    case genericStruct(name: String)
}

/// The standard library's other traps, as Swift's `Fatal error:` lines name them.
public enum StandardLibraryTrap: Sendable, Equatable {
    /// `fatalError(message)`.
    case fatalError(message: String)
    /// `precondition(false, message)`.
    case preconditionFailed(message: String)
    /// `assert(false, message)`.
    case assertionFailed(message: String)
    /// `Array(repeating:count:)` with a negative count.
    case negativeArrayCount
    /// `String(repeating:count:)` with a negative count.
    case negativeRepeatCount
    /// `split(separator:maxSplits:)` with a negative `maxSplits`.
    case negativeSplitCount
    /// `Character("ab")`.
    case characterFromSeveralGraphemes
}
