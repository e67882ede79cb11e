import SwiftSyntax
import CellValues

/// One argument as written at a call site (trailing closures included).
struct CallArgument {
    var label: String?
    var expression: ExprSyntax
    /// `&x`: the place, to be passed inout.
    var inoutTarget: ExprSyntax?
    var node: Syntax
    /// The unlabeled trailing closure: it fills the next function-typed parameter whatever its label.
    var isTrailingClosure = false

    static func from(_ call: FunctionCallExprSyntax) -> [CallArgument] {
        var result = call.arguments.map(CallArgument.init)
        if let trailing = call.trailingClosure {
            var argument = CallArgument(label: nil, expression: ExprSyntax(trailing), inoutTarget: nil, node: Syntax(trailing))
            argument.isTrailingClosure = true
            result.append(argument)
        }
        for extra in call.additionalTrailingClosures {
            result.append(CallArgument(label: extra.label.text, expression: ExprSyntax(extra.closure),
                                       inoutTarget: nil, node: Syntax(extra)))
        }
        return result
    }

    init(_ element: LabeledExprSyntax) {
        label = element.label?.text
        expression = element.expression
        inoutTarget = element.expression.as(InOutExprSyntax.self)?.expression
        node = Syntax(element)
    }

    init(label: String?, expression: ExprSyntax, inoutTarget: ExprSyntax?, node: Syntax) {
        self.label = label
        self.expression = expression
        self.inoutTarget = inoutTarget
        self.node = node
    }
}

/// A call whose overload, argument conversions and result type are settled.
struct ResolvedCall {
    var binding: FunctionBinding
    /// One evaluator per parameter, in declaration order (defaults filled in).
    var arguments: [Eval]
    /// For `inout` parameters: the place to copy the result back to.
    var inoutPlaces: [(index: Int, place: LValue)]
    var result: CellType
    /// What the binding's generic parameters were solved to.
    var solution: [String: CellType] = [:]
    /// Whether the call can throw: the function `throws`, or `rethrows` and a function
    /// argument throws.
    var canThrow = false
    /// The arguments (by index into `arguments`) that are Ints or Doubles with an unboxed
    /// evaluator: a cell function's call writes them into its frame without a `Value`.
    var unboxedArguments: [Int: UnboxedArgument] = [:]
}

extension Checker {
    /// Picks the overload that accepts the arguments (labels first, then
    /// types) and compiles the arguments against it. With one candidate its
    /// own error is reported; with several, "no exact matches" — unless the
    /// labels rule out all but one, whose error is then reported, as swiftc does
    /// (`xs.append("a")`: cannot convert 'String' to 'Int', not `append(contentsOf:)`).
    func resolveCall(_ candidates: [FunctionBinding], name: String, kind: FunctionKind,
                     arguments: [CallArgument], receiverGenerics: [String: CellType] = [:],
                     expected: CellType?, at node: some SyntaxProtocol) throws -> ResolvedCall {
        var firstError: Error?
        /// A mistake inside an argument (an unknown name in a closure body) that every
        /// overload would hit: reported as itself, not as "no exact matches".
        var innerError: CellError?
        var fallback: ResolvedCall?
        /// The candidates whose arguments could be placed, with what does not fit.
        var failures: [(binding: FunctionBinding, failure: CandidateFailure)] = []
        var chosen: ResolvedCall?
        if let ambiguous = ambiguousLiteralArgument(candidates, arguments) {
            throw error(.ambiguousOperator(ambiguous.text), at: ambiguous)   // `abs(-(4))`
        }
        /// The candidates that lack arguments only, with what they lack.
        var lacking: [(count: Int, error: CellError)] = []
        for candidate in candidates where chosen == nil {
            do {
                let resolved = try resolve(candidate, arguments, receiverGenerics, expected: expected, at: node)
                if let expected, expected != .void, resolved.result != expected,
                   expected.optionalWrapped != resolved.result, candidates.count > 1 {
                    if fallback == nil { fallback = resolved }
                    continue
                }
                chosen = resolved
            } catch let failure as CandidateFailure {
                if firstError == nil { firstError = failure.primary }
                failures.append((candidate, failure))
            } catch {
                if firstError == nil { firstError = error }
                if innerError == nil, let cellError = error as? CellError, !Checker.isMismatch(cellError.kind) {
                    innerError = cellError
                }
                if let cellError = error as? CellError, case .missingArguments(let missing) = cellError.kind {
                    lacking.append((missing.count, cellError))
                }
                if let cellError = error as? CellError, Checker.isMismatch(cellError.kind), !Checker.isLabelMismatch(cellError.kind) {
                    failures.append((candidate, CandidateFailure(labelError: nil, mismatches: [(-1, cellError)])))
                }
            }
        }
        if let resolved = chosen ?? fallback { return try checkedEffect(resolved, at: node) }
        if candidates.count == 1, let firstError { throw firstError }
        if let innerError { throw innerError }
        // Every candidate lacks arguments: swiftc reports the one lacking fewest (the first of a tie).
        if lacking.count == candidates.count, let fewest = lacking.min(by: { $0.count < $1.count }) { throw fewest.error }
        if !rankingCandidates, failures.count > 1 {
            // None fits: the call again, every argument of every candidate checked, to rank them.
            rankingCandidates = true
            defer { rankingCandidates = false }
            return try resolveCall(candidates, name: name, kind: kind, arguments: arguments, receiverGenerics: receiverGenerics,
                                   expected: expected, at: node)
        }
        // The candidate with the fewest misfits is the one swiftc reports about; a tie is
        // "no exact matches", with a note per tied candidate.
        if let best = failures.map(\.failure.score).min() {
            let tied = failures.filter { $0.failure.score == best }
            if tied.count == 1 { throw tied[0].failure.primary }
            var ambiguity = self.error(.noMatchingOverload(kind: kind, name: name), at: calleeNode(node))
            ambiguity.notes = tied.map { candidateNote($0.binding, $0.failure, ambiguity) }
            throw ambiguity
        }
        var ambiguity = self.error(.noMatchingOverload(kind: kind, name: name), at: calleeNode(node))
        ambiguity.notes = candidates.map { candidateNote($0, nil, ambiguity) }
        throw ambiguity
    }

    /// swiftc's note for one candidate of a call that matches none: at the cell's declaration,
    /// or (a library function) at the call, naming the signature.
    private func candidateNote(_ binding: FunctionBinding, _ failure: CandidateFailure?, _ error: CellError) -> CellNote {
        var problem = CandidateProblem.other
        if let failure, failure.labelError == nil, failure.mismatches.count == 1, let only = failure.mismatches.first,
           only.parameter >= 0, case .cannotConvert(let from, let to, _) = only.error.kind {
            problem = .argumentType(expected: to, got: from, parameter: only.parameter + 1)
        }
        switch binding.origin {
        case .cell(let line, let column):
            return CellNote(line: line, column: column, inNotebook: true, kind: .candidate(declaration: nil, problem: problem))
        case .library(let declaration):
            return CellNote(line: error.line, column: error.column, inNotebook: false,
                            kind: .candidate(declaration: declaration, problem: problem))
        case nil:
            let labels = binding.parameters.map { ($0.label ?? "_") + ":" }.joined()
            return CellNote(line: error.line, column: error.column, inNotebook: false,
                            kind: .candidate(declaration: "\(binding.name)(\(labels))", problem: problem))
        }
    }

    /// A call that can throw must be marked with `try`, and its error must go somewhere.
    private func checkedEffect(_ resolved: ResolvedCall, at node: some SyntaxProtocol) throws -> ResolvedCall {
        if resolved.canThrow { try checkThrowingCall(callee: resolved.binding.variable, at: node) }
        return resolved
    }

    /// Resolves one overload. A generic solved from an integer literal alone is Int first;
    /// if the call then does not type (`accounts.reduce(0) { $0 + $1.balance }` with a Double
    /// balance), it is tried as a Double, as Swift's solver would find.
    private func resolve(_ binding: FunctionBinding, _ arguments: [CallArgument],
                         _ receiverGenerics: [String: CellType], expected: CellType?,
                         at node: some SyntaxProtocol) throws -> ResolvedCall {
        do {
            return try resolveWithLiterals(binding, arguments, receiverGenerics, expected: expected, at: node)
        } catch let failure where expected != nil && binding.result.containsGeneric && Checker.isCandidateMismatch(failure) {
            // The context's type is only a hint for a generic result: `(1.0 / n) * pts.reduce(.zero, +)`
            // with `pts: [Vec2]` is a Vec2 (then `*(Double, Vec2)`), not the Double the left operand suggests.
            guard let free = try? resolveWithLiterals(binding, arguments, receiverGenerics, expected: nil, at: node)
            else { throw failure }
            return free
        }
    }

    /// A mismatch of an overload's argument types (not a label problem, not a mistake inside an argument).
    static func isCandidateMismatch(_ error: Error) -> Bool {
        if let failure = error as? CandidateFailure { return failure.labelError == nil }
        if let cellError = error as? CellError { return isMismatch(cellError.kind) && !isLabelMismatch(cellError.kind) }
        return false
    }

    private func resolveWithLiterals(_ binding: FunctionBinding, _ arguments: [CallArgument],
                                     _ receiverGenerics: [String: CellType], expected: CellType?,
                                     at node: some SyntaxProtocol) throws -> ResolvedCall {
        var literalDefaults = Set<String>()
        do {
            return try resolve(binding, arguments, receiverGenerics, expected: expected, literalTypes: [:],
                               literalDefaults: &literalDefaults, at: node)
        } catch let failure as CandidateFailure where !literalDefaults.isEmpty && failure.labelError == nil {
            guard let retried = literalRetry(failure.primary, binding, arguments, receiverGenerics, expected: expected,
                                             literalDefaults: literalDefaults, at: node) else { throw failure }
            return retried
        } catch let failure as CellError where !literalDefaults.isEmpty {
            guard let retried = literalRetry(failure, binding, arguments, receiverGenerics, expected: expected,
                                             literalDefaults: literalDefaults, at: node) else { throw failure }
            return retried
        }
    }

    /// The call again with the literals' generic parameters as Doubles (or as the type the
    /// conflict names), when `failure` says the Int default did not fit.
    private func literalRetry(_ failure: CellError, _ binding: FunctionBinding, _ arguments: [CallArgument],
                              _ receiverGenerics: [String: CellType], expected: CellType?,
                              literalDefaults: Set<String>, at node: some SyntaxProtocol) -> ResolvedCall? {
        var unused = Set<String>()
        var literalTypes: [String: CellType]
        if case .conflictingGenericArguments(let name, let first, let second) = failure.kind, literalDefaults.contains(name),
           case let other = first == .int ? second : first,
           declarations.conforms(other, to: "ExpressibleByIntegerLiteral") {
            // `max(0, z)` with a Double `z`: the literal is a Double, as Swift's solver finds.
            literalTypes = Dictionary(uniqueKeysWithValues: literalDefaults.map { ($0, $0 == name ? other : CellType.double) })
        } else if Checker.isMismatch(failure.kind) {
            literalTypes = Dictionary(uniqueKeysWithValues: literalDefaults.map { ($0, CellType.double) })
        } else {
            return nil
        }
        return try? resolve(binding, arguments, receiverGenerics, expected: expected,
                            literalTypes: literalTypes, literalDefaults: &unused, at: node)
    }

    private func resolve(_ binding: FunctionBinding, _ arguments: [CallArgument],
                         _ receiverGenerics: [String: CellType], expected: CellType?,
                         literalTypes: [String: CellType], literalDefaults: inout Set<String>,
                         at node: some SyntaxProtocol) throws -> ResolvedCall {
        if binding.parameters.isEmpty, let first = arguments.first, !first.isTrailingClosure {
            throw error(.argumentToNoArgumentCall, at: first.expression)
        }
        // 1. Match arguments to parameters by label, Swift's way (defaults may be skipped).
        let match = try matchArguments(binding, arguments, receiverGenerics, at: node)
        let assignment = match.assignment
        let variadicCount = match.variadicCount
        /// The arguments whose types do not fit: all are found, to rank this overload.
        var mismatches: [(parameter: Int, error: CellError)] = []
        // 2. Check each argument against its parameter, solving generic parameters as we go.
        // The context's expected type solves the result's generics first (Swift's bidirectional
        // inference: `func f() -> [(Int) -> Int] { ks.map { k in { $0 + k } } }`).
        var solution = receiverGenerics
        if let expected, binding.result.containsGeneric, !expected.containsError {
            var attempt = solution
            if binding.result.bind(to: expected, &attempt) { solution = attempt }
        }
        /// Generic parameters the context (or the receiver) solved before any argument.
        let solvedBeforeArguments = Set(solution.keys)
        try meetRequirements(binding, &solution, at: node)
        var evals: [Eval] = []
        var unboxedArguments: [Int: UnboxedArgument] = [:]
        var inoutPlaces: [(index: Int, place: LValue)] = []
        /// Whether an argument for a function parameter throws (which makes a `rethrows` call throw).
        var functionArgumentThrows = false
        // A closure whose parameter types are generic parameters still open waits for the
        // arguments after it (`foo({ $0 * 2 }, 3.0)` for `foo<T>(_ f: (T) -> T, _ x: T)`: the
        // Double fixes T first), as swiftc solves them together. Evals are placed by index.
        solveLiteralSequences(binding, arguments, assignment, &solution)
        let order = argumentOrder(binding, arguments, assignment, solution)
        var placed = [Eval?](repeating: nil, count: binding.parameters.count)
        for index in order {
            try solveAssociatedTypes(binding, &solution, at: node)
            let parameter = binding.parameters[index]
            let before = evals.count
            defer { if evals.count > before { placed[index] = evals.removeLast() } }
            do {
                if parameter.isVariadic, case .array(let element) = parameter.type {
                    let first = assignment[index] ?? 0
                    let items = try (0..<(variadicCount[index] ?? 0)).map {
                        try expression(arguments[first + $0].expression, as: element, context: .argument).eval
                    }
                    evals.append { frame in .array(try items.map { try $0(frame) }) }
                    continue
                }
                guard let argumentIndex = assignment[index] else {
                    evals.append(parameter.defaultValue!)
                    continue
                }
                let argument = arguments[argumentIndex]
                let wanted = parameter.type.substituting(solution)
                if parameter.isInout {
                    guard let target = argument.inoutTarget else {
                        let compiled = try expression(argument.expression)
                        throw error(.inoutNeedsAmpersand(type: compiled.type), at: argument.expression)
                    }
                    let place = try inoutPlace(target)
                    if !parameter.type.bind(to: place.type, &solution) || (!wanted.containsGeneric && wanted != place.type) {
                        throw error(.cannotConvert(from: place.type, to: wanted, context: .argument),
                                    at: target)
                    }
                    inoutPlaces.append((index, place))
                    evals.append(place.get)
                    continue
                }
                if argument.inoutTarget != nil {
                    let compiled = try expression(argument.inoutTarget!)
                    throw error(.ampersandNotInout(type: compiled.type), at: argument.expression)
                }
                if case .someSequence(let element) = wanted {
                    evals.append(try sequenceArgument(argument, of: element, parameter, &solution))
                    continue
                }
                if !wanted.containsGeneric {
                    if case .generic(let name) = parameter.type, argument.expression.is(NilLiteralExprSyntax.self),
                       wanted.optionalWrapped == nil, !solvedBeforeArguments.contains(name) {
                        // `f(1, nil)`: T is the optional of what the other arguments gave it (an `Int` is
                        // its own `Int?`), as swiftc solves it.
                        solution[name] = .optional(wanted)
                        for other in binding.parameters.indices where binding.parameters[other].type == .generic(name) {
                            unboxedArguments[other] = nil
                        }
                        evals.append { _ in .none }
                        continue
                    }
                    if case .generic(let name) = parameter.type, literalDefaults.contains(name) {
                        // `maxOf(1, "two")`: the literal's default type is no solution for T.
                        let natural = try expression(argument.expression)
                        if natural.type != wanted, !natural.type.containsError, !isIntegerLiteralTree(argument.expression) {
                            throw conflict(name, wanted, natural.type, binding, arguments, assignment, order, index,
                                           expected: expected, at: node)
                        }
                    }
                    let compiled = try expression(argument.expression, expected: wanted)
                    if case .function(_, _, true) = compiled.type { functionArgumentThrows = true }
                    let coerced: Compiled
                    do {
                        coerced = try coerce(compiled, to: wanted, context: .argument, at: argument.expression)
                    } catch let failure as CellError {
                        // `max(n, z)` with an Int `n` and a Double `z`: two arguments solve T differently.
                        guard case .cannotConvert = failure.kind, case .generic(let name) = parameter.type,
                              !literalDefaults.contains(name), !solvedBeforeArguments.contains(name),
                              binding.generic?.associatedTypes[name] == nil,  // `M.Unit` is fixed by `M`
                              compiled.type.optionalWrapped == nil, wanted.optionalWrapped == nil,
                              !needsContext(argument.expression) || Checker.literalRank(argument.expression) == 1
                        else { throw failure }
                        throw conflict(name, wanted, compiled.type, binding, arguments, assignment, order, index,
                                       expected: expected, at: node)
                    }
                    // Evals are placed by parameter index, so an unboxed argument is keyed by it too.
                    if wanted == .int, coerced.type == .int, let int = coerced.int {
                        unboxedArguments[index] = .int(int)
                    } else if wanted == .double, coerced.type == .double, let double = coerced.double {
                        unboxedArguments[index] = .double(double)
                    }
                    evals.append(coerced.eval)
                    continue
                }
                if case .generic(let name) = wanted, Checker.implicitMember(in: argument.expression) != nil {
                    // `reduce(.zero, +)`, `reduce(-.infinity, max)`: an implicit member's type is the one
                    // a function parameter pairs T with.
                    let paired = binding.parameters.lazy.compactMap { other -> CellType? in
                        guard case .function(let ps, let r, _) = other.type.substituting(solution),
                              ps.contains(where: { $0.type == .generic(name) }) || r == .generic(name) else { return nil }
                        return ps.map(\.type).first { $0 != .generic(name) && !$0.containsGeneric }
                    }.first
                    // `min(.nan, 1.0)`: the type of another argument for the same generic parameter.
                    let sibling = paired ?? binding.parameters.indices.lazy.compactMap { other -> CellType? in
                        guard other != index, binding.parameters[other].type == .generic(name), let at = assignment[other],
                              !self.needsContext(arguments[at].expression) || self.isIntegerLiteralTree(arguments[at].expression)
                        else { return nil }
                        if self.isIntegerLiteralTree(arguments[at].expression) {
                            return Checker.isDoubleOnlyStatic(argument.expression) ? .double : nil
                        }
                        return try? self.expression(arguments[at].expression).type
                    }.first
                    if let paired = sibling {
                        solution[name] = paired
                        evals.append(try expression(argument.expression, as: paired, context: .argument).eval)
                        continue
                    }
                }
                if case .generic(let name) = wanted, isIntegerLiteralTree(argument.expression) {
                    // `reduce(0, +)` over Doubles: Swift solves T = Double from the other arguments.
                    // A literal's T becomes the type a function parameter pairs T with, when that
                    // type takes integer literals (Double, a `T: Numeric`); Int otherwise.
                    let paired = binding.parameters.lazy.compactMap { other -> CellType? in
                        guard case .function(let ps, let r, _) = other.type.substituting(solution),
                              ps.contains(where: { $0.type == .generic(name) }) || r == .generic(name) else { return nil }
                        return ps.map(\.type).first { $0 != .generic(name) && !$0.containsGeneric
                            && self.declarations.conforms($0, to: "ExpressibleByIntegerLiteral") }
                    }.first
                    if paired == nil, literalTypes[name] == nil,
                       let ambiguous = argument.expression.as(PrefixOperatorExprSyntax.self).flatMap({ ambiguousNegation($0) }),
                       onlyLiteralsSolve(name, binding, arguments, assignment) {
                        // `max(-(-4), 1)`: a generic parameter gives no type; only a sibling of another type would.
                        throw error(.ambiguousOperator(ambiguous.text), at: ambiguous)
                    }
                    solution[name] = literalTypes[name] ?? paired ?? .int
                    if paired == nil, literalTypes[name] == nil { literalDefaults.insert(name) }
                    evals.append(try expression(argument.expression, as: solution[name]!, context: .argument).eval)
                    continue
                }
                // Only a closure (and a key path, `\.age` for a `KeyPath<T, V>` whose T is solved)
                // needs the (partly generic) parameter type; other arguments are typed on their
                // own and then bound.
                var isFunction = false
                if case .function = wanted { isFunction = true }
                let needsWanted = isFunction || argument.expression.is(KeyPathExprSyntax.self)
                let compiled = try expression(argument.expression, expected: needsWanted ? wanted : nil)
                if isFunction, case .function(_, _, true) = compiled.type { functionArgumentThrows = true }
                if !parameter.type.bind(to: compiled.type, &solution) {
                    // `T?` parameters accept a `T`.
                    if case .optional(let inner) = parameter.type, inner.bind(to: compiled.type, &solution) {
                        evals.append(compiled.eval)
                        continue
                    }
                    // `compactMap { $0 * 2 }`: a closure returning `T` where one returning `T?` is
                    // expected (a non-optional value is its own `Optional`: nothing to convert).
                    if case .function(let ps, .optional(let inner), let throwing) = parameter.type,
                       case .function(let actualPs, let actual, _) = compiled.type, actual.optionalWrapped == nil,
                       CellType.function(ps, inner, throws: throwing).bind(to: .function(actualPs, actual, throws: throwing), &solution) {
                        evals.append(compiled.eval)
                        continue
                    }
                    throw error(.cannotConvert(from: compiled.type, to: wanted, context: .argument),
                                at: argument.expression)
                }
                evals.append(compiled.eval)
            } catch let mismatch as CellError where Checker.isMismatch(mismatch.kind) {
                mismatches.append((index, mismatch))
                evals.append { _ in .void }
                // Checking the other arguments only ranks candidates: not needed while one may fit.
                if !rankingCandidates { break }
            }
        }
        evals = placed.compactMap { $0 }
        mismatches.sort { $0.parameter < $1.parameter }
        if match.labelError != nil || !mismatches.isEmpty {
            throw CandidateFailure(labelError: match.labelError, mismatches: mismatches)
        }
        try solveAssociatedTypes(binding, &solution, at: node)
        try meetRequirements(binding, &solution, at: node)
        for (generic, requirement) in binding.constraints.sorted(by: { $0.key < $1.key }) {
            guard let type = solution[generic] else { continue }
            if requirement.hasPrefix("==") {
                if type.description != requirement.dropFirst(2), type != .error {
                    throw error(.doesNotConform(type: type, protocol: requirement), at: node)
                }
                continue
            }
            for part in requirement.split(separator: "&").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !declarations.conforms(type, to: part) {
                if let owner = binding.requirementOwner {
                    if declarations.classLayout(part) != nil {
                        throw error(.superclassRequirementNotMet(owner: owner, type: type, superclass: part),
                                    at: calleeNode(node))
                    }
                    throw error(.requirementNotMet(owner: owner, type: type, protocol: part), at: calleeNode(node))
                }
                throw error(.doesNotConform(type: type, protocol: part), at: node)
            }
        }
        if binding.implementation != nil { evals += witnesses(binding, solution) }
        let result = binding.result.substituting(solution)
        if result.containsGeneric {
            let open = binding.generics.first { solution[$0] == nil } ?? "T"
            throw error(.cannotInferGeneric(parameter: open), at: node)
        }
        var resolvedBinding = binding
        resolvedBinding.parameters = binding.parameters.map { parameter in
            var p = parameter
            p.type = parameter.type.substituting(solution)
            return p
        }
        return ResolvedCall(binding: resolvedBinding, arguments: evals, inoutPlaces: inoutPlaces, result: result,
                            solution: solution,
                            canThrow: binding.effect == .throws || binding.effect == .rethrows && functionArgumentThrows,
                            unboxedArguments: unboxedArguments)
    }

    /// An argument for a `some Sequence<T>` parameter: any sequence whose elements fit `T`
    /// (solving `T` when it is open), passed to the builtin as the array of its elements.
    /// With `T` known, a literal gets it as context: `Set<Double>([1, 2])`.
    private func sequenceArgument(_ argument: CallArgument, of element: CellType, _ parameter: Parameter,
                                  _ solution: inout [String: CellType]) throws -> Eval {
        let context: CellType? = element.containsGeneric ? nil : .array(element)
        let argumentValue = try expression(argument.expression, expected: context)
        let compiled = userSequenceAsArray(argumentValue) ?? argumentValue
        guard compiled.type.sequenceElement != nil else {
            throw error(.doesNotConform(type: compiled.type, protocol: "Sequence"), at: argument.expression)
        }
        if Sequences.elements(of: compiled.type) == nil, compiled.type != .error {
            throw notSupported(.endlessSequenceArgument(compiled.type), argument.expression)
        }
        if !parameter.type.bind(to: compiled.type, &solution) {
            throw error(.cannotConvert(from: compiled.type, to: parameter.type.substituting(solution),
                                       context: .argument), at: argument.expression)
        }
        return Sequences.asArray(compiled.type, compiled.eval)
    }

    /// The witnesses a library function gets after its declared arguments, one per generic
    /// constraint (in the generic parameters' order): a cell's `<` for a `Comparable`
    /// parameter, its `==` for an `Equatable` one, or `.void` where Swift's own comparison
    /// applies (`ElementOrder` reads them).
    func witnesses(_ binding: FunctionBinding, _ solution: [String: CellType]) -> [Eval] {
        binding.constraints.sorted { $0.key < $1.key }.compactMap { generic, requirement -> Eval? in
            guard let type = solution[generic] else { return nil }
            let witness = requirement.contains("Comparable") ? orderWitness(type)
                : requirement.contains("Equatable") || requirement.contains("Hashable") ? equalityWitness(type) : nil
            guard let witness else { return { _ in .void } }
            return { frame in
                let compare = try witness(frame)
                return .function(FunctionValue { arguments in .bool(try compare(arguments[0], arguments[1])) })
            }
        }
    }

    /// Errors that mean "this overload does not fit" rather than a mistake inside an argument.
    static func isMismatch(_ kind: CellErrorKind) -> Bool {
        switch kind {
        case .cannotConvert, .missingArgumentLabel, .extraneousArgumentLabel, .incorrectArgumentLabel, .argumentOutOfOrder,
             .missingArguments, .extraArgument, .argumentToNoArgumentCall, .noMatchingOverload, .closureArity, .doesNotConform,
             .cannotInferGeneric, .inoutNeedsAmpersand, .ampersandNotInout, .binaryOperatorMismatch,
             .optionalNotUnwrapped, .ambiguousExpression, .unaryOperatorMismatch, .noMember, .propertyCalledAsMethod:
            true
        default:
            false
        }
    }

    /// Swift reports unmet requirements of a generic call at the called function's name.
    func calleeNode(_ node: some SyntaxProtocol) -> Syntax {
        if let call = Syntax(node).as(FunctionCallExprSyntax.self) {
            if let member = call.calledExpression.as(MemberAccessExprSyntax.self) { return Syntax(member.declName) }
            return Syntax(call.calledExpression)
        }
        return Syntax(node)
    }

    /// Errors that mean the call's labels or argument count do not fit the overload at all.
    static func isLabelMismatch(_ kind: CellErrorKind) -> Bool {
        switch kind {
        case .missingArgumentLabel, .extraneousArgumentLabel, .incorrectArgumentLabel, .argumentOutOfOrder, .missingArguments, .extraArgument,
             .argumentToNoArgumentCall:
            true
        default:
            false
        }
    }

    /// The place passed as `&x`: it must be a `var`.
    private func inoutPlace(_ target: ExprSyntax) throws -> LValue {
        if let reference = target.as(DeclReferenceExprSyntax.self),
           case .variable(let variable) = lookup(reference.baseName.text), !variable.mutable {
            throw error(.inoutOnLet(name: variable.name), at: target)
        }
        return try lvalue(target)
    }

    // MARK: Lowering a resolved call

    /// Runs a resolved call to a function value (a cell's `func` or closure) or a builtin, its
    /// traps reported at `node`. Its result is `discardable` (not a cell's displayed value)
    /// when the function is `@discardableResult`.
    func emitCall(_ resolved: ResolvedCall, callee: Eval?, receiver: Eval? = nil, at node: some SyntaxProtocol) -> Compiled {
        lowering.call(resolved, callee: callee, receiver: receiver, at: location(node))
    }

    /// A call of a declared top-level function by its name (`fib(n - 1)`): the call borrows
    /// the function value from its global slot (`Lowering.call`'s `calleeGlobalSlot`).
    func emitDeclaredFunctionCall(_ resolved: ResolvedCall, at node: some SyntaxProtocol) throws -> Compiled {
        let callee = try calleeValue(of: resolved, at: node)
        guard resolved.binding.generic == nil, resolved.binding.implementation == nil,
              let variable = resolved.binding.variable, !variable.mutable,
              case .global(let slot) = access(variable) else { return emitCall(resolved, callee: callee, at: node) }
        return lowering.call(resolved, callee: callee, receiver: nil, calleeGlobalSlot: slot, at: location(node))
    }

    /// A mutating method: the receiver is moved out of its place for the call (so
    /// `xs.append(x)` does not copy the array) and written back afterwards.
    func emitMutatingCall(_ resolved: ResolvedCall, callee: Eval?, receiver: LValue,
                          at node: some SyntaxProtocol) -> Compiled {
        lowering.mutatingCall(resolved, callee: callee, receiver: receiver, at: location(node))
    }

    /// A call of a class member: through the table of methods when it has a slot, else
    /// directly (an extension's member, a generic method's instance).
    func dispatchedCall(_ resolved: ResolvedCall, receiver: @escaping Eval, at node: some SyntaxProtocol) throws -> Compiled {
        guard let slot = resolved.binding.dispatchSlot else {
            return emitCall(resolved, callee: try calleeValue(of: resolved, at: node), receiver: receiver, at: node)
        }
        return lowering.dispatchedCall(resolved, slot: slot, receiver: receiver, at: location(node))
    }

    /// The function value of a body compiled in `function` (made when its declaration's block is
    /// entered, or the closure expression evaluated); its time-limit and recursion errors at `node`.
    func functionMaker(_ function: FunctionScope, parameterCount: Int, inoutIndices: [Int],
                       body: @escaping Exec, result: UnboxedResult? = nil,
                       at node: some SyntaxProtocol) -> (Frame) -> FunctionValue {
        closuresMade += 1
        let body = releasingUncaptured(body, of: function, keeping: inoutIndices)
        return lowering.functionMaker(function, parameterCount: parameterCount, inoutIndices: inoutIndices, body: body,
                               result: result, at: location(node))
    }

    /// Creates a function's value in its slot when the block is entered.
    func creation(_ variable: Variable, _ pending: PendingFunction) -> Statement {
        Lowering.creation(write(variable), pending)
    }
}
