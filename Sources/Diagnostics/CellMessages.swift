import Autodiff
import Cells
import DataFiles
import Linalg
import Plot

extension Messages {
    /// The message for an error in a cell, in the Swift compiler's words where
    /// the compiler has words for it (runtime traps in the words of Swift's
    /// `Fatal error:` lines).
    public static func text(for kind: CellErrorKind) -> String {
        switch kind {
        case .syntax(let message): message
        case .notSupported(let construct): "\(text(for: construct)) is not supported in notebook cells" + why(construct.reason)
        case .cannotFindInScope(let name, let nearby): "cannot find '\(name)' in scope" + didYouMean(name, nearby)
        case .enumCaseAsInstanceMember(let name): "enum case '\(name)' cannot be used as an instance member"
        case .cannotFindTypeInScope(let name): "cannot find type '\(name)' in scope"
        case .invalidRedeclaration(let name): "invalid redeclaration of '\(name)'"
        case .noMember(let type, let member, let nearby):
            if isTuple(type) { "value of tuple type '\(type)' has no member '\(member)'" + didYouMean(member, nearby) }
            else { "value of type '\(type)' has no member '\(member)'" + didYouMean(member, nearby) }
        case .propertyCalledAsMethod(let type, let member, let propertyType, let hint):
            "cannot call value of non-function type '\(propertyType)': '\(member)' is a property of \(type), not a method"
                + (hint.map { "; did you mean '\($0)'?" } ?? "")
        case .matrixSubscriptNeedsRowAndColumn:
            "Matrix subscripts take a row and a column: M[i, j]; for a row use M.row(i), for rows M[rows: a..<b]"
        case .typeHasNoMember(let type, let member): "type '\(type)' has no member '\(member)'"
        case .instanceMemberOnType(let member, let type):
            "instance member '\(member)' cannot be used on type '\(type)'; did you mean to use a value of this type instead?"
        case .optionalMemberNotUnwrapped(let optional, let member, let wrapped):
            "value of optional type '\(optional)' must be unwrapped to refer to member '\(member)' of wrapped base type '\(wrapped)'"
        case .cannotConvert(let from, let to, let context): conversion(from, to, context)
        case .binaryOperatorMismatch(let op, let lhs, let rhs):
            lhs == rhs ? "binary operator '\(op)' cannot be applied to two '\(lhs)' operands"
                : "binary operator '\(op)' cannot be applied to operands of type '\(lhs)' and '\(rhs)'"
        case .unaryOperatorMismatch(let op, let operand):
            "unary operator '\(op)' cannot be applied to an operand of type '\(operand)'"
        case .optionalNotUnwrapped(let optional, let wrapped):
            "value of optional type '\(optional)' must be unwrapped to a value of type '\(wrapped)'"
        case .forceUnwrapNonOptional(let type): "cannot force unwrap value of non-optional type '\(type)'"
        case .conditionalBindingNotOptional(let type): "initializer for conditional binding must have Optional type, not '\(type)'"
        case .notBoolean(let type): "type '\(type)' cannot be used as a boolean; test for '!= 0' instead"
        case .notCallable(let type): "cannot call value of non-function type '\(type)'"
        case .noSubscript(let type): "value of type '\(type)' has no subscripts"
        case .stringSubscriptedWithInt:
            "'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead."
        case .ternaryMismatch(let then, let otherwise):
            "result values in '? :' expression have mismatching types '\(then)' and '\(otherwise)'"
        case .nilNeedsContext: "'nil' requires a contextual type"
        case .nilNotCompatible(let type): "'nil' is not compatible with expected type '\(type)'"
        case .emptyCollectionNeedsType: "empty collection literal requires an explicit type"
        case .cannotInferGeneric(let parameter): "generic parameter '\(parameter)' could not be inferred"
        case .genericArgumentsRequired(let name): "reference to generic type '\(name)' requires arguments in <...>"
        case .heterogeneousCollection:
            "heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional"
        case .ambiguousExpression: "type of expression is ambiguous without a type annotation"
        case .ambiguousOperator(let op): "ambiguous use of operator '\(op)'"
        case .ambiguousUse(let name): "ambiguous use of '\(name)'"
        case .tuplePatternMismatch(let type, let count):
            "tuple pattern has the wrong length for tuple type '\(type)' (expected \(count) elements)"
        case .doesNotConform(let type, let proto): "type '\(type)' does not conform to protocol '\(proto)'"
        case .requirementNotMet(let owner, let type, let proto): "\(text(for: owner)) requires that '\(type)' conform to '\(proto)'"
        case .extensionRequirementNotMet(let member, let isProperty, let extended, let type, let proto):
            (isProperty ? "property '\(member)'" : "referencing instance method '\(member)' on '\(extended)'")
                + " requires that '\(type)' conform to '\(proto)'"
        case .sameTypeRequirementNotMet(let owner, let associated, let type, let required):
            // `S: Stack<Int>` names the type alone (`'String' and 'Int'`), `where S.Element == Int` with its alias.
            "\(text(for: owner)) requires the types '\(associated)'" + (associated == "\(type)" ? "" : " (aka '\(type)')")
                + " and '\(required)' be equivalent"
        case .operatorRequiresConformance(let op, let type, let proto, let referencing):
            (referencing ? "referencing operator function '\(op)' on '\(proto)'" : "operator function '\(op)'")
                + " requires that '\(type)' conform to '\(proto)'"
        case .conflictingGenericArguments(let parameter, let first, let second):
            "conflicting arguments to generic parameter '\(parameter)' ('\(first)' vs. '\(second)')"
        case .forInRequiresSequence(let type): "for-in loop requires '\(type)' to conform to 'Sequence'"
        case .assignToLet(let name, let path):
            switch path {
            case .value: "cannot assign to value: '\(name)' is a 'let' constant"
            case .property: "cannot assign to property: '\(name)' is a 'let' constant"
            case .subscript: "cannot assign through subscript: '\(name)' is a 'let' constant"
            }
        case .deinitializerInValueType(let isEnum, let type):
            "deinitializer cannot be declared in \(isEnum ? "enum" : "struct") '\(type)' that conforms to 'Copyable'"
        case .selfAssignment(let isProperty): "assigning a \(isProperty ? "property" : "variable") to itself"
        case .mutatingOnLet(let name): "cannot use mutating member on immutable value: '\(name)' is a 'let' constant"
        case .mutatingGetterOnLet(let name): "cannot use mutating getter on immutable value: '\(name)' is a 'let' constant"
        case .mutatingGetterOnImmutableSelf: "cannot use mutating getter on immutable value: 'self' is immutable"
        case .lazyLet: "'lazy' cannot be used on a let"
        case .nonClassConformsToClassProtocol(let type, let proto): "non-class type '\(type)' cannot conform to class protocol '\(proto)'"
        case .ownershipOfNonClass(let modifier, let type): "'\(modifier)' may only be applied to class and class-bound protocol types, not '\(type)'"
        case .weakNotOptional(let type): "'weak' variable should have optional type '\(CellType.optional(type))'"
        case .operatorNotAtFileScope: "'operator' may only be declared at file scope"
        case .declarationOnlyAtFileScope: "declaration is only valid at file scope"
        case .lazyWithoutInitializer: "lazy properties must have an initializer"
        case .inoutOnLet(let name): "cannot pass immutable value as inout argument: '\(name)' is a 'let' constant"
        case .notAssignable: "cannot assign to value: expression is immutable"
        case .notClassInstance(let type, let context):
            switch context {
            case .argument: "argument type '\(type)' expected to be an instance of a class or class-constrained type"
            case .assignment: "value of type '\(type)' expected to be an instance of a class or class-constrained type in assignment"
            case .returnValue: "return expression of type '\(type)' expected to be an instance of a class or class-constrained type"
            default: "value of type '\(type)' expected to be instance of class or class-constrained type"
            }
        case .readOnlyKeyPath(let name): "cannot assign through subscript: '\(name)' is a read-only key path"
        case .getOnlySubscript: "cannot assign through subscript: subscript is get-only"
        case .keyPathRootMismatch(let keyPath, let base): "key path of type '\(keyPath)' cannot be applied to a base of type '\(base)'"
        case .inoutNeedsAmpersand(let type): "passing value of type '\(type)' to an inout parameter requires explicit '&'"
        case .ampersandNotInout(let type): "'&' used with non-inout argument of type '\(type)'"
        case .selfImmutable: "cannot assign to property: 'self' is immutable"
        case .getOnlyProperty(let name): "cannot assign to property: '\(name)' is a get-only property"
        case .usedBeforeInitialized(let name): "variable '\(name)' used before being initialized"
        case .classHasNoInitializers(let name): "class '\(name)' has no initializers"
        case .selfInitNotCalled: "'self.init' isn't called on all paths before returning from initializer"
        case .selfUsedBeforeSelfInit: "'self' used before 'self.init' call or assignment to 'self'"
        case .designatedInitializerDelegates(let type):
            "designated initializer for '\(type)' cannot delegate (with 'self.init'); did you mean this to be a convenience initializer?"
        case .overrideKeywordRequired: "overriding declaration requires an 'override' keyword"
        case .requiredModifierMissing: "use the 'required' modifier to override a required initializer"
        case .requiredInitializerNotProvided(let labels, let superclass):
            "'required' initializer 'init(\(labels.map { ($0 ?? "_") + ":" }.joined()))' must be provided by subclass of '\(superclass)'"
        case .overridesNothing(let member):
            member == "initializer" ? "initializer does not override a designated initializer from its superclass"
                : "\(member) does not override any \(member) from its superclass"
        case .overridesFinal(let member): "\(member) overrides a 'final' \(member)"
        case .inheritanceFromFinalClass(let name): "inheritance from a final class '\(name)'"
        case .inheritanceFromNonProtocol(let name): "inheritance from non-protocol type '\(name)'"
        case .superclassNotFirst(let name): "superclass '\(name)' must appear first in the inheritance clause"
        case .mutatingInClass: "'mutating' is not valid on instance methods in classes"
        case .overrideWithStoredProperty(let name): "cannot override with a stored property '\(name)'"
        case .readOnlyOverridesMutable(let name): "cannot override mutable property with read-only property '\(name)'"
        case .overrideChangesType(let name, let type, let overridden):
            "property '\(name)' with type '\(type)' cannot override a property with type '\(overridden)'"
        case .propertyNotInitializedAtSuperInit(let name, let implicit):
            "property '\(name)' not initialized at \(implicit ? "implicitly generated " : "")super.init call"
        case .superInitNotCalled: "'super.init' isn't called on all paths before returning from initializer"
        case .initializerLeavesPropertiesUninitialized: "return from initializer without initializing all stored properties"
        case .selfUsedBeforeInitialized(let use, let beforeSuperInit):
            "'self' used \(use.map { "in \($0) " } ?? "")before \(beforeSuperInit ? "'super.init' call" : "all stored properties are initialized")"
        case .superclassRequirementNotMet(let owner, let type, let superclass):
            "\(text(for: owner)) requires that '\(type)' inherit from '\(superclass)'"
        case .implicitSelfInClosure(let member, let isMethod):
            (isMethod ? "call to method '\(member)'" : "reference to property '\(member)'")
                + " in closure requires explicit use of 'self' to make capture semantics explicit"
        case .identityNeedsClass(let type): "argument type '\(type)' expected to be an instance of a class or class-constrained type"
        case .missingArgumentLabel(let label): "missing argument label '\(label):' in call"
        case .extraneousArgumentLabel(let label): "extraneous argument label '\(label):' in call"
        case .incorrectArgumentLabel(let have, let expected):
            "incorrect argument \(labelsDiffering(have, expected) > 1 ? "labels" : "label") in call (have '\(have)', expected '\(expected)')"
        case .argumentOutOfOrder(let argument, let mustPrecede):
            "argument '\(argument)' must precede argument '\(mustPrecede)'"
        case .missingArguments(let parameters):
            "missing \(parameters.count > 1 ? "arguments for parameters" : "argument for parameter") "
                + parameters.map { $0.label.map { "'\($0)'" } ?? "#\($0.position)" }.joined(separator: ", ") + " in call"
        case .extraArgument(let label): label.map { "extra argument '\($0)' in call" } ?? "extra argument in call"
        case .argumentToNoArgumentCall: "argument passed to call that takes no arguments"
        case .noMatchingOverload(.subscript, _): "no exact matches in call to subscript"
        case .noMatchingOverload(let kind, let name): "no exact matches in call to \(text(for: kind)) '\(name)'"
        case .closureArity(let type, let expected, let found):
            "contextual closure type '\(type)' expects \(expected) argument\(expected == 1 ? "" : "s"), but \(found) \(found == 1 ? "was" : "were") used in closure body"
        case .missingReturn(let kind, let type): "missing return in \(text(for: kind)) expected to return '\(type)'"
        case .unexpectedReturnValue: "unexpected non-void return value in void function"
        case .missingReturnValue: "non-void function should return a value"
        case .returnOutsideFunction: "return invalid outside of a func"
        case .breakOutsideLoop(let keyword, let insideConditional):
            keyword == "continue" ? "'continue' is only allowed inside a loop"
                : insideConditional
                    ? "unlabeled 'break' is only allowed inside a loop or switch, a labeled break is required to exit an if or do"
                    : "'break' is only allowed inside a loop, if, do, or switch"
        case .unknownLabel(let label): "cannot find label '\(label)' in scope"
        case .switchNotExhaustive: "switch must be exhaustive"
        case .guardFallsThrough: "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope"
        case .throwingCall(let markedWithTry, let unhandled): throwingCall(markedWithTry: markedWithTry, unhandled)
        case .tryNotHandled(let reason):
            switch reason {
            case .catchNotExhaustive: "errors thrown from here are not handled because the enclosing catch is not exhaustive"
            case .rethrowingFunction: "a function declared 'rethrows' may only throw if its parameter does"
            case .notThrowingFunction: "errors thrown from here are not handled"
            case .deferBody, .propertyInitializer, .globalVariableInitializer, .defaultArgument:
                "errors cannot be thrown out of \(place(reason))"
            }
        case .throwNotHandled(let reason):
            switch reason {
            case .catchNotExhaustive: "error is not handled because the enclosing catch is not exhaustive"
            case .rethrowingFunction: "a function declared 'rethrows' may only throw if its parameter does"
            case .notThrowingFunction: "error is not handled because the enclosing function is not declared 'throws'"
            case .deferBody, .propertyInitializer, .globalVariableInitializer, .defaultArgument:
                "errors cannot be thrown out of \(place(reason))"
            }
        case .optionalTryNotUnwrapped(let type):
            "value of optional type '\(type)' not unwrapped; did you mean to use 'try!' or chain with '?'?"
        case .throwingOperatorWithoutTry: "operator can throw but expression is not marked with 'try'"
        case .tryRightOfOperator(let keyword): "'\(keyword)' cannot appear to the right of a non-assignment operator"
        case .thrownTypeNotError(let type): "thrown expression type '\(type)' does not conform to 'Error'"
        case .throwingFunctionConversion(let from, let to):
            "invalid conversion from throwing function of type '\(from)' to non-throwing function type '\(to)'"
        case .jumpOutOfDefer(let keyword): "'\(keyword)' cannot transfer control out of a defer statement"
        case .integerLiteralOverflow(let literal, let type): "integer literal '\(literal)' overflows when stored into '\(type)'"
        case .negativeIntegerOverflow(let literal, let type):
            "negative integer '\(literal)' overflows when stored into unsigned type '\(type)'"
        case .constantOverflow(let lhs, let op, let rhs, let type):
            op == "/" || op == "%" ? "division '\(lhs) \(op) \(rhs)' results in an overflow"
                : "arithmetic operation '\(lhs) \(op) \(rhs)' (on type '\(type)') results in an overflow"
        case .constantDivisionByZero: "division by zero"
        case .integerOverflow(let op, let type): "arithmetic operation '\(op)' (on type '\(type)') results in an overflow"
        case .divisionByZero: "Fatal error: Division by zero"
        case .indexOutOfRange: "Fatal error: Index out of range"
        case .unwrappedNil: "Fatal error: Unexpectedly found nil while unwrapping an Optional value"
        case .unownedReferenceDeallocated: "Fatal error: Attempted to read an unowned reference but the object was already destroyed"
        case .invalidRange: "Fatal error: Range requires lowerBound <= upperBound"
        case .emptyCollection(let operation): "Fatal error: Can't \(operation) from an empty collection"
        case .invalidConversion(let value, let type):
            !value.isFinite ? "Fatal error: Double value cannot be converted to \(type) because it is either infinite or NaN"
                : value < 0 ? "Fatal error: Double value cannot be converted to \(type) because the result would be less than \(type).min"
                : "Fatal error: Double value cannot be converted to \(type) because the result would be greater than \(type).max"
        case .integerNotRepresentable(let negativeIntoUnsigned):
            negativeIntoUnsigned ? "Fatal error: Negative value is not representable"
                : "Fatal error: Not enough bits to represent the passed value"
        case .invalidRadix(let parsing):
            parsing ? "Fatal error: Radix not in range 2...36" : "Fatal error: Radix must be between 2 and 36"
        case .negativeCount(let operation):
            operation == "prefix" || operation == "suffix"
                ? "Fatal error: Can't take a \(operation) of negative length from a collection"
                : "Fatal error: Can't drop a negative number of elements from a collection"
        case .sliceIndexOutOfBounds: "Fatal error: Index out of bounds"
        case .stringIndexOutOfBounds: "Fatal error: String index is out of bounds"
        case .duplicateKey(let key): "Fatal error: Duplicate values for key: '\(key)'"
        case .zeroStride: "Fatal error: Stride size must not be zero"
        case .uncaughtError(let error): "Fatal error: Error raised at top level: \(error)"
        case .forcedTryFailed(let error): "Fatal error: 'try!' expression unexpectedly raised an error: \(error)"
        case .castFailed(let from, let to): "Fatal error: Could not cast value of type '\(from)' to '\(to)'."
        case .linalg(let error): text(for: error)
        case .autodiff(let error): text(for: error)
        case .plot(let error): text(for: error)
        case .dataFile(let error): text(for: error)
        case .standardLibrary(let trap): text(for: trap)
        case .library(let module, let error): "\(module): \(error)"
        case .expressionTooComplex(let kind, let limit):
            "the compiler is unable to type-check this expression in reasonable time; try breaking up the expression into distinct sub-expressions ("
                + { switch kind {
                    case .operands: "nb's limit: operators nested \(limit) deep)"
                    case .squareBrackets: "nb's limit: \(limit) nested '[' of collection literals and types)"
                } }()
        case .timeLimitExceeded(let seconds): "the cell ran longer than its time limit of \(seconds.formatted()) s"
        case .recursionLimitExceeded(let limit): "recursion deeper than \(limit) calls (stack overflow)"
        case .memoryLimitExceeded(let bytes, let limit):
            "allocation of \(bytes.formattedBytes) exceeds the memory limit of \(limit.formattedBytes)"
        case .runMemoryLimitExceeded(let held, let limit):
            "the run holds \(held.formattedBytes), more than its memory limit of \(limit.formattedBytes)"
        }
    }

    /// swiftc's correction of a misspelt name: `; did you mean 'count'?` when one of the
    /// names nearby is close (`Messages.nearest`), else nothing.
    private static func didYouMean(_ name: String, _ nearby: Nearby) -> String {
        nearest(to: name, among: nearby.names.filter { $0 != name }).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Where no error may be thrown out of: `a defer body`, `a property initializer`, …
    private static func place(_ reason: UnhandledErrorReason) -> String {
        switch reason {
        case .deferBody: "a defer body"
        case .propertyInitializer: "a property initializer"
        case .globalVariableInitializer: "a global variable initializer"
        case .defaultArgument: "a default argument"
        case .notThrowingFunction, .catchNotExhaustive, .rethrowingFunction: "here"
        }
    }

    /// swiftc's words for a call that can throw where that is an error.
    private static func throwingCall(markedWithTry: Bool, _ unhandled: UnhandledErrorReason?) -> String {
        switch unhandled {
        case nil: "call can throw but is not marked with 'try'"
        case .deferBody, .propertyInitializer, .globalVariableInitializer, .defaultArgument:
            "call can throw, but errors cannot be thrown out of \(place(unhandled!))"
        case .rethrowingFunction:
            (markedWithTry ? "call can throw, but the error is not handled"
                : "call can throw, but it is not marked with 'try' and the error is not handled")
                + "; a function declared 'rethrows' may only throw if its parameter does"
        case .catchNotExhaustive: "call can throw, but it is not marked with 'try' and the enclosing catch is not exhaustive"
        case .notThrowingFunction: "call can throw, but it is not marked with 'try' and the error is not handled"
        }
    }

    private static func conversion(_ from: CellType, _ to: CellType, _ context: ConversionContext) -> String {
        switch context {
        case .argument: "cannot convert value of type '\(from)' to expected argument type '\(to)'"
        case .specifiedType: "cannot convert value of type '\(from)' to specified type '\(to)'"
        case .returnValue: "cannot convert return expression of type '\(from)' to return type '\(to)'"
        case .assignment: "cannot assign value of type '\(from)' to type '\(to)'"
        case .arrayElement: "cannot convert value of type '\(from)' to expected element type '\(to)'"
        case .contextual: "cannot convert value of type '\(from)' to type '\(to)' in coercion"
        }
    }
}

extension Messages {
    /// The end of "… is not supported in notebook cells": why, so that a refusal that is a rule
    /// reads as one and a gap does not pass for a rule.
    static func why(_ reason: UnsupportedConstruct.Reason) -> String {
        switch reason {
        case .concurrency: ": a cell runs on one thread, start to end, so that its results are the same on every run"
        case .outsideWorld: ": a cell sees only the standard library and nb's library (no files, network, clock or C code), so that any notebook is safe to render"
        case .unsafeMemory: ": a cell has no pointers or unmanaged memory, so that no notebook can write outside its values"
        case .limit: ": it passes a limit of the run"
        case .notYetBuilt: " yet"
        }
    }

    /// What a construct outside the cell language is called in "… is not supported in notebook cells".
    public static func text(for construct: UnsupportedConstruct) -> String {
        switch construct {
        case .actor: "'actor'"
        case .macroDeclaration: "macros"
        case .declaration: "this declaration"
        case .importOf(let module): "import of module '\(module)'"
        case .modifier(let modifier, let place): "'\(modifier)' \(placeName(place))"
        case .attributes: "attributes"
        case .computedVariable: "computed variables"
        case .genericTypealias: "generic typealiases"
        case .genericEnum: "generic enums"
        case .genericNestedStruct: "generic nested structs"
        case .genericInitializer: "generic initializers"
        case .genericFunctionHere: "generic functions here"
        case .genericRequirement: "generic requirements"
        case .functionWithoutBody: "functions without a body"
        case .initializerWithoutBody: "initializers without a body"
        case .functionDeclaration: "this function declaration"
        case .operatorArity(let op, let parameters): "operator '\(op)' with \(parameters) parameters"
        case .throwingOperatorFunction: "throwing operator functions"
        case .failableInitializer: "failable initializers"
        case .throwingInitializer: "throwing initializers"
        case .rethrowingInitializer: "'rethrows' initializers"
        case .initializerInExtension: "initializers in extensions"
        case .rawValuesWithoutRawType: "raw values without a raw type"
        case .classInsideFunction: "classes inside functions"
        case .classInheritingItself: "a class that inherits from itself"
        case .classMember: "'class' members (use 'static')"
        case .overridingGenericMethod: "overriding generic methods"
        case .overridingStoredPropertyWithComputed: "overriding a stored property with a computed one"
        case .superOutsideSubclassMethod: "'super' outside a method of a subclass"
        case .superInitOutsideSubclassInitializer: "'super.init' outside an initializer of a subclass"
        case .superInitCall: "this 'super.init' call"
        case .selfInitCall: "'self.init' outside a statement of a class's convenience initializer"
        case .protocolExtensionAddingConformance: "protocol extensions that add conformances"
        case .whereOnNonGenericExtension: "'where' on an extension of a non-generic type"
        case .extensionOfThisType: "this extension"
        case .primaryAssociatedType: "primary associated types"
        case .associatedType: "associated types"
        case .staticRequirement: "static requirements"
        case .protocolRequirement: "this protocol requirement"
        case .refining(let proto): "refining '\(proto)'"
        case .conformance(let proto): "conformance to '\(proto)'"
        case .mutatingRequirementThroughExistential(let proto): "mutating requirements through 'any \(proto)'"
        case .member: "this member"
        case .staticProperty: "this static property"
        case .computedProperty: "this computed property"
        case .propertyWithoutGetter: "a property without a getter"
        case .accessor(let accessor): "'\(accessor)' accessors"
        case .effectfulAccessor: "'throws' and 'async' accessors"
        case .propertyPattern: "this property pattern"
        case .labelOnStatement: "labels on this statement"
        case .deferOutsideBlock: "'defer' outside a block"
        case .discard: "'discard'"
        case .yield: "'yield'"
        case .statement: "statement"
        case .availabilityCondition: "#available"
        case .forTryAwait: "'for try await'"
        case .conditionalCompilationInSwitch: "'#if' in switch"
        case .switchExpressionWithStatements: "'switch' expressions with statements in a case"
        case .ifExpressionWithStatements: "'if' expressions with statements in a branch"
        case .pattern: "this pattern"
        case .patternInOptionalBinding: "this pattern in an optional binding"
        case .await: "'await'"
        case .macro(let name): "macro '#\(name)'"
        case .regexLiteral: "regex literals"
        case .expression(let text): "expression '\(text)'"
        case .unfoldedOperatorSequence: "unfolded operator sequence"
        case .ampersandOutsideInoutArgument: "'&' outside an inout argument"
        case .ampersandInPrint: "'&' in print"
        case .floatLiteral(let text): "float literal '\(text)'"
        case .escapeSequence: "escape sequence"
        case .interpolationWithSeveralArguments: "string interpolation with several arguments"
        case .functionReferenceWithArgumentNames: "function references with argument names"
        case .infixOperator(let op): "operator '\(op)'"
        case .prefixOperator(let op): "prefix operator '\(op)'"
        case .keyPathWithoutRoot: "a key path whose root type is neither written nor known from its context"
        case .keyPathComponent: "this key path component"
        case .enumCaseAsFunction(let name): "enum case '\(name)' used as a function"
        case .dictionarySubscript: "this dictionary subscript"
        case .cast(let source, let target): "casts from '\(source)' to '\(target)'"
        case .castToAnotherProtocol(let source): "casts from '\(source)' to another protocol type"
        case .errorMember(let name): "'\(name)' of errors"
        case .endlessSequenceArgument(let type): "an endless sequence (\(type)) as an argument"
        case .zippedEndlessSequences: "iterating two endless sequences zipped"
        case .lazySequence: "'lazy' of this sequence"
        case .lazyCollectionMember(let name): "'\(name)' of a lazy sequence"
        case .weakOrUnownedCapture: "'weak' and 'unowned' captures"
        case .asyncClosure: "'async' closures"
        case .asyncFunction: "'async' functions"
        case .typedThrows: "typed throws"
        case .valueGenericArguments: "value generic arguments"
        case .type(let written): "type '\(written)'"
        case .unboundedGenericInstantiation: "generic code that instantiates itself with ever larger types"
        case .globalVariables(let limit): "more than \(limit) global variables"
        }
    }

    /// Whether swiftc says "value of tuple type" for a member access on `type` (`()` is a tuple too).
    private static func isTuple(_ type: CellType) -> Bool {
        switch type {
        case .tuple, .void: true
        case .optional(let wrapped): isTuple(wrapped)
        default: false
        }
    }

    /// A standard library trap in Swift's words (the `Fatal error:` line of a crashed program).
    public static func text(for trap: StandardLibraryTrap) -> String {
        switch trap {
        case .fatalError(let message): message.isEmpty ? "Fatal error" : "Fatal error: \(message)"
        case .preconditionFailed(let message): message.isEmpty ? "Precondition failed" : "Precondition failed: \(message)"
        case .assertionFailed(let message): message.isEmpty ? "Assertion failed" : "Assertion failed: \(message)"
        case .negativeArrayCount: "Fatal error: Can't construct Array with count < 0"
        case .negativeRepeatCount: "Fatal error: Negative count not allowed"
        case .negativeSplitCount: "Fatal error: Must take zero or more splits"
        case .characterFromSeveralGraphemes:
            "Fatal error: Can't form a Character from a String containing more than one extended grapheme cluster"
        }
    }

    /// How many labels of `have` (`w:h:`) differ from `expected` (`width:height:`): swiftc says
    /// "labels" for more than one.
    static func labelsDiffering(_ have: String, _ expected: String) -> Int {
        let a = have.split(separator: ":", omittingEmptySubsequences: false)
        let b = expected.split(separator: ":", omittingEmptySubsequences: false)
        return zip(a, b).filter { $0 != $1 }.count + abs(a.count - b.count)
    }

    /// The words of a note after a cell's error.
    public static func text(for note: CellNoteKind) -> String {
        switch note {
        case .candidate(let declaration, let problem):
            let candidate = declaration.map { "candidate '\($0)'" } ?? "candidate"
            return switch problem {
            case .argumentType(let expected, let got, let parameter):
                "\(candidate) expects value of type '\(expected)' for parameter #\(parameter) (got '\(got)')"
            case .other:
                declaration.map { "found candidate '\($0)'" } ?? "found this candidate"
            }
        }
    }

    /// What swiftc calls a kind of function: "global function", "instance method", ….
    public static func text(for kind: FunctionKind) -> String {
        switch kind {
        case .topLevel: "top level"
        case .globalFunction: "global function"
        case .localFunction: "local function"
        case .instanceMethod: "instance method"
        case .staticMethod: "static method"
        case .initializer: "initializer"
        case .getter: "getter"
        case .setter: "setter"
        case .closure: "closure"
        case .enumCase: "enum case"
        case .subscript: "subscript"
        }
    }

    /// "global function 'f'", "generic struct 'Box'".
    public static func text(for owner: GenericOwner) -> String {
        switch owner {
        case .function(let kind, let name): "\(text(for: kind)) '\(name)'"
        case .genericStruct(let name): "generic struct '\(name)'"
        }
    }

    private static func placeName(_ place: UnsupportedConstruct.ModifierPlace) -> String {
        switch place {
        case .variables: "variables"
        case .properties: "properties"
        case .methods: "methods"
        case .initializers: "initializers"
        case .classes: "classes"
        }
    }
}

private extension Double {
    /// `60` or `0.5`: seconds without a needless `.0`.
    func formatted() -> String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

extension Int {
    /// `8 GB`, `512 MB`, `80 bytes`: powers of 1024, one decimal when needed.
    var formattedBytes: String {
        let units = ["bytes", "KB", "MB", "GB", "TB", "PB"]
        var value = Double(self)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(self) bytes" }
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " " + units[unit]
    }
}
