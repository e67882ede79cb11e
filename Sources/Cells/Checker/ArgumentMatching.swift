import SwiftSyntax

/// Which argument goes to which parameter of one overload, and the label problem that
/// a relabeling or reordering repairs (reported only if this overload is the call's best).
struct ArgumentMatch {
    /// Per parameter, its (first) argument; nil for a defaulted or empty variadic one.
    var assignment: [Int?]
    /// For a variadic parameter: how many arguments it took.
    var variadicCount: [Int: Int] = [:]
    var labelError: CellError?
}

/// An overload that does not fit a call: its label problem (if the arguments could be
/// matched despite it) and the arguments whose types do not fit, by parameter index (-1
/// when the misfit is not one argument's: an unmet requirement). Ranking candidates by how
/// much does not fit is how swiftc picks the overload it reports about.
struct CandidateFailure: Error {
    var labelError: CellError?
    var mismatches: [(parameter: Int, error: CellError)]

    /// The error reported when this candidate is the best one.
    var primary: CellError { labelError ?? mismatches[0].error }
    /// swiftc's weight of the fixes: one per argument that does not convert, two for the labels
    /// (`h(a: "x")` with `h(a: Int)` and `h(b: String)` is a wrong type, not a wrong label).
    var score: Int { (labelError == nil ? 0 : 2) + mismatches.count }
}

extension Checker {
    /// Matches arguments to parameters by label, Swift's way (defaults may be skipped). A call
    /// whose labels do not fit is repaired where swiftc repairs it — a misspelled label
    /// (`colour:` for `color:`), labelled arguments out of order, wrong labels on exactly as
    /// many arguments as parameters — so that the arguments' types still rank the overload;
    /// anything else (a missing or extra argument) is thrown.
    func matchArguments(_ binding: FunctionBinding, _ arguments: [CallArgument],
                        _ receiverGenerics: [String: CellType], at node: some SyntaxProtocol) throws -> ArgumentMatch {
        do {
            return try forwardMatch(binding, arguments, receiverGenerics, at: node)
        } catch let failure as CellError {
            guard !binding.parameters.contains(where: \.isVariadic),
                  !arguments.contains(where: { $0.isTrailingClosure || $0.inoutTarget != nil }) else { throw failure }
            if let missing = missingBetween(binding, arguments, at: node) { throw missing }
            if var repaired = repairedMatch(binding, arguments, at: node) {
                // With as many arguments as parameters, swiftc points a missing or extraneous
                // label at the argument, as the first pass does.
                if arguments.count == binding.parameters.count, let kind = repaired.labelError?.kind,
                   case .missingArgumentLabel = kind, case .missingArgumentLabel = failure.kind { repaired.labelError = failure }
                if arguments.count == binding.parameters.count, let kind = repaired.labelError?.kind,
                   case .extraneousArgumentLabel = kind, case .extraneousArgumentLabel = failure.kind { repaired.labelError = failure }
                return repaired
            }
            switch failure.kind {
            case .missingArgumentLabel, .extraneousArgumentLabel, .incorrectArgumentLabel:
                guard arguments.count == binding.parameters.count else { throw failure }
                return ArgumentMatch(assignment: arguments.indices.map { $0 }, labelError: failure)
            default:
                throw failure
            }
        }
    }

    /// The first pass: each parameter takes the next argument if its label fits.
    private func forwardMatch(_ binding: FunctionBinding, _ arguments: [CallArgument],
                              _ receiverGenerics: [String: CellType], at node: some SyntaxProtocol) throws -> ArgumentMatch {
        var assignment: [Int?] = []
        var variadicCount: [Int: Int] = [:]
        var next = 0
        for parameter in binding.parameters {
            var isFunction = false
            if case .function = parameter.type.substituting(receiverGenerics) { isFunction = true }
            if case .generic = parameter.type.substituting(receiverGenerics) { isFunction = true }
            if next < arguments.count, arguments[next].isTrailingClosure, isFunction {
                assignment.append(next)
                next += 1
            } else if next < arguments.count, arguments[next].label == parameter.label, !arguments[next].isTrailingClosure {
                assignment.append(next)
                next += 1
                if parameter.isVariadic {
                    variadicCount[assignment.count - 1] = 1
                    while next < arguments.count, arguments[next].label == nil, !arguments[next].isTrailingClosure {
                        variadicCount[assignment.count - 1, default: 1] += 1
                        next += 1
                    }
                }
            } else if parameter.isVariadic {
                assignment.append(nil)
            } else if parameter.hasDefault {
                assignment.append(nil)
            } else if next < arguments.count {
                let argument = arguments[next]
                if let label = parameter.label, argument.label == nil {
                    throw error(.missingArgumentLabel(label: label), at: argument.node)
                }
                if parameter.label == nil, let label = argument.label {
                    throw error(.extraneousArgumentLabel(label: label), at: argument.node)
                }
                let have = arguments.map { ($0.label ?? "_") + ":" }.joined()
                let expected = binding.parameters.map { ($0.label ?? "_") + ":" }.joined()
                throw error(.incorrectArgumentLabel(have: have, expected: expected), at: argumentListStart(node, argument.node))
            } else {
                // Every required parameter from here on is missing: swiftc names them all, one at
                // the closing parenthesis, several at the opening one.
                let first = assignment.count
                let missing = binding.parameters.indices.dropFirst(first).filter {
                    $0 == first || !(binding.parameters[$0].hasDefault || binding.parameters[$0].isVariadic)
                }.map { MissingParameter(label: binding.parameters[$0].label, position: $0 + 1) }
                throw error(.missingArguments(parameters: missing),
                            at: missing.count > 1 ? argumentListStart(node, Syntax(node)) : argumentListEnd(node))
            }
        }
        if next < arguments.count {
            throw error(.extraArgument(label: arguments[next].label), at: arguments[next].node)
        }
        return ArgumentMatch(assignment: assignment, variadicCount: variadicCount)
    }

    /// Arguments whose labels are the parameters' in order with required parameters skipped
    /// (`f(x: 1, z: 2)` for `f(x:y:z:)`): swiftc names the skipped ones, one where its argument
    /// would go (after the argument before it), several at the opening parenthesis.
    private func missingBetween(_ binding: FunctionBinding, _ arguments: [CallArgument],
                                at node: some SyntaxProtocol) -> CellError? {
        guard let call = Syntax(node).as(FunctionCallExprSyntax.self), let leftParen = call.leftParen else { return nil }
        var next = 0
        var missing: [MissingParameter] = []
        var precedingEnd: [Int: TokenSyntax] = [:]
        for (p, parameter) in binding.parameters.enumerated() {
            if next < arguments.count, arguments[next].label == parameter.label {
                next += 1
            } else if !parameter.hasDefault {
                missing.append(MissingParameter(label: parameter.label, position: p + 1))
                let before = next > 0 ? arguments[next - 1].expression.lastToken(viewMode: .sourceAccurate) : leftParen
                precedingEnd[p + 1] = before?.nextToken(viewMode: .sourceAccurate)
            }
        }
        guard next == arguments.count, let first = missing.first else { return nil }
        if missing.count > 1 { return error(.missingArguments(parameters: missing), at: leftParen) }
        guard let place = precedingEnd[first.position] else { return nil }
        return error(.missingArguments(parameters: missing), at: place)
    }

    /// The second pass, as swiftc's: labelled arguments are claimed by label wherever they stand,
    /// an unclaimed label is corrected to the closest unfilled parameter label (within one typo
    /// for every three characters), and what is left is diagnosed: a corrected label as
    /// "incorrect argument label", arguments in another order as "argument 'a' must precede
    /// argument 'b'". Nil when the arguments cannot all be placed.
    private func repairedMatch(_ binding: FunctionBinding, _ arguments: [CallArgument],
                               at node: some SyntaxProtocol) -> ArgumentMatch? {
        let parameters = binding.parameters
        var bound = [Int?](repeating: nil, count: parameters.count)
        var claimed = Set<Int>()
        var next = 0
        for (p, parameter) in parameters.enumerated() {
            while claimed.contains(next) { next += 1 }
            guard next < arguments.count else { break }
            // An unlabelled argument is taken only in order; a labelled one wherever it stands.
            let found = (next..<arguments.count).first { i in
                !claimed.contains(i) && arguments[i].label == parameter.label && (i == next || arguments[i].label != nil)
            }
            if let found {
                bound[p] = found
                claimed.insert(found)
            }
        }
        var relabeled = false
        for i in arguments.indices where !claimed.contains(i) {
            guard let label = arguments[i].label else { continue }
            var best: (score: Int, parameter: Int)?
            for p in parameters.indices where bound[p] == nil {
                guard let name = parameters[p].label, let score = Checker.typoScore(parameter: name, argument: label) else { continue }
                if best == nil || score < best!.score { best = (score, p) }
            }
            if let best {
                bound[best.parameter] = i
                claimed.insert(i)
                relabeled = true
            }
        }
        // What is left goes semi-positionally: the next argument to the next open parameter,
        // when one of the two has no label (a missing or an extraneous label).
        next = 0
        for p in parameters.indices where bound[p] == nil {
            while claimed.contains(next) { next += 1 }
            guard next < arguments.count else { break }
            if parameters[p].label == nil || arguments[next].label == nil {
                bound[p] = next
                claimed.insert(next)
                relabeled = true
            }
        }
        guard parameters.indices.allSatisfy({ bound[$0] != nil || parameters[$0].hasDefault }) else { return nil }
        var match = ArgumentMatch(assignment: bound)
        if let extra = arguments.indices.first(where: { !claimed.contains($0) }) {
            // Every parameter is served and an argument is left over: an extra argument.
            let argument = arguments[extra]
            match.labelError = error(.extraArgument(label: argument.label),
                                     at: argument.label == nil ? argument.node : Syntax(argument.expression))
            return match
        }
        if relabeled {
            var expected = [String?](repeating: nil, count: arguments.count)
            for (p, argument) in bound.enumerated() { if let argument { expected[argument] = parameters[p].label } }
            let differing = arguments.indices.filter { arguments[$0].label != expected[$0] }
            let kind: CellErrorKind
            if differing.count == 1, let only = differing.first, arguments[only].label == nil, let label = expected[only] {
                kind = .missingArgumentLabel(label: label)
            } else if differing.count == 1, let only = differing.first, expected[only] == nil, let label = arguments[only].label {
                kind = .extraneousArgumentLabel(label: label)
            } else {
                kind = .incorrectArgumentLabel(have: arguments.map { ($0.label ?? "_") + ":" }.joined(),
                                               expected: expected.map { ($0 ?? "_") + ":" }.joined())
            }
            match.labelError = error(kind, at: argumentListStart(node, arguments[0].node))
            return match
        }
        // Out of order: the argument parameter `p` took stands at `from`, where it should stand at `to`.
        var to = 0
        for (p, argument) in bound.enumerated() {
            guard let from = argument else { continue }
            defer { to += 1 }
            guard from != to else { continue }
            let moved = arguments[to].label
            guard arguments[from].label == parameters[p].label, arguments[from].label != nil,
                  let later = parameters.indices.dropFirst(p + 1).first(where: { parameters[$0].label == moved }),
                  parameters[(p + 1)..<later].allSatisfy(\.hasDefault) else { return nil }
            match.labelError = error(.argumentOutOfOrder(argument: arguments[from].label!, mustPrecede: moved ?? "_"),
                                     at: arguments[from].node)
            return match
        }
        return match
    }

    /// swiftc's score for an argument label that may be a typo of a parameter label (smaller is
    /// closer): the edit distance, allowed up to one for every three characters of the label.
    static func typoScore(parameter: String, argument: String) -> Int? {
        let a = Array(argument), b = Array(parameter)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let saved = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : 1 + min(previous, row[j], row[j - 1])
                previous = saved
            }
        }
        let distance = row[b.count]
        if distance == 0 { return 1 }
        if a.count == 1 && b.count == 1 { return distance }
        return distance > (a.count + 1) / 3 ? nil : distance
    }

    /// Swift reports label mismatches at the call's opening parenthesis.
    func argumentListStart(_ node: some SyntaxProtocol, _ fallback: Syntax) -> Syntax {
        if let call = Syntax(node).as(FunctionCallExprSyntax.self), let paren = call.leftParen { return Syntax(paren) }
        return fallback
    }

    /// …and missing arguments at its closing parenthesis.
    func argumentListEnd(_ node: some SyntaxProtocol) -> Syntax {
        if let call = Syntax(node).as(FunctionCallExprSyntax.self), let paren = call.rightParen { return Syntax(paren) }
        return Syntax(node)
    }
}
