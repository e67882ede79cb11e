import Testing
import Autodiff
import Cells
import Linalg
import Plot
@testable import Diagnostics

/// The words of error handling's diagnostics and fatal errors, each as swiftc 6 (or the
/// compiled program) writes it: the corpus checks only where a rejection is reported.
@Suite struct ErrorMessageTests {
    @Test(arguments: [
        (CellErrorKind.throwingCall(markedWithTry: false, unhandled: nil), "call can throw but is not marked with 'try'"),
        (.throwingCall(markedWithTry: false, unhandled: .notThrowingFunction),
         "call can throw, but it is not marked with 'try' and the error is not handled"),
        (.throwingCall(markedWithTry: false, unhandled: .catchNotExhaustive),
         "call can throw, but it is not marked with 'try' and the enclosing catch is not exhaustive"),
        (.throwingCall(markedWithTry: true, unhandled: .deferBody), "call can throw, but errors cannot be thrown out of a defer body"),
        (.throwingCall(markedWithTry: true, unhandled: .rethrowingFunction),
         "call can throw, but the error is not handled; a function declared 'rethrows' may only throw if its parameter does"),
        (.throwingCall(markedWithTry: false, unhandled: .rethrowingFunction),
         "call can throw, but it is not marked with 'try' and the error is not handled; a function declared 'rethrows' may only throw if its parameter does"),
        (.tryNotHandled(.notThrowingFunction), "errors thrown from here are not handled"),
        (.tryNotHandled(.catchNotExhaustive), "errors thrown from here are not handled because the enclosing catch is not exhaustive"),
        (.throwNotHandled(.notThrowingFunction), "error is not handled because the enclosing function is not declared 'throws'"),
        (.throwNotHandled(.catchNotExhaustive), "error is not handled because the enclosing catch is not exhaustive"),
        (.throwNotHandled(.deferBody), "errors cannot be thrown out of a defer body"),
        (.throwNotHandled(.rethrowingFunction), "a function declared 'rethrows' may only throw if its parameter does"),
        (.throwingCall(markedWithTry: false, unhandled: .propertyInitializer),
         "call can throw, but errors cannot be thrown out of a property initializer"),
        (.throwingCall(markedWithTry: true, unhandled: .globalVariableInitializer),
         "call can throw, but errors cannot be thrown out of a global variable initializer"),
        (.throwingCall(markedWithTry: true, unhandled: .defaultArgument), "call can throw, but errors cannot be thrown out of a default argument"),
        (.throwingOperatorWithoutTry, "operator can throw but expression is not marked with 'try'"),
        // Calls that match no overload (issue 19), the words checked with swiftc.
        (.argumentOutOfOrder(argument: "color", mustPrecede: "style"), "argument 'color' must precede argument 'style'"),
        (.incorrectArgumentLabel(have: "_:colour:", expected: "_:color:"), "incorrect argument label in call (have '_:colour:', expected '_:color:')"),
        (.incorrectArgumentLabel(have: "w:h:", expected: "width:height:"), "incorrect argument labels in call (have 'w:h:', expected 'width:height:')"),
        (.noMatchingOverload(kind: .instanceMethod, name: "line"), "no exact matches in call to instance method 'line'"),
        // Type inference as swiftc does it (issue 21): `-(-4)` with no contextual type.
        (.ambiguousOperator("-"), "ambiguous use of operator '-'"),
        (.ambiguousUse("init"), "ambiguous use of 'init'"),
        (.conflictingGenericArguments(parameter: "T", first: .int, second: .double),
         "conflicting arguments to generic parameter 'T' ('Int' vs. 'Double')"),
        (.tryRightOfOperator(keyword: "try?"), "'try?' cannot appear to the right of a non-assignment operator"),
        (.optionalTryNotUnwrapped(type: .optional(.int)), "value of optional type 'Int?' not unwrapped; did you mean to use 'try!' or chain with '?'?"),
        (.thrownTypeNotError(type: .int), "thrown expression type 'Int' does not conform to 'Error'"),
        (.throwingFunctionConversion(from: .function([.init(type: .int)], .int, throws: true),
                                     to: .function([.init(type: .int)], .int)),
         "invalid conversion from throwing function of type '(Int) throws -> Int' to non-throwing function type '(Int) -> Int'"),
        (.jumpOutOfDefer(keyword: "break"), "'break' cannot transfer control out of a defer statement"),
        (.uncaughtError(error: "main.ParseError.empty"), "Fatal error: Error raised at top level: main.ParseError.empty"),
        (.standardLibrary(.fatalError(message: "boom")), "Fatal error: boom"),
        (.standardLibrary(.fatalError(message: "")), "Fatal error"),
        (.standardLibrary(.preconditionFailed(message: "n > 0")), "Precondition failed: n > 0"),
        (.standardLibrary(.negativeArrayCount), "Fatal error: Can't construct Array with count < 0"),
        (.standardLibrary(.negativeRepeatCount), "Fatal error: Negative count not allowed"),
        (.plot(.countOutOfRange(call: .histogram, argument: "bins", value: -5, accepted: 1...10_000)),
         "histogram: 'bins' must be in 1...10000, got -5"),
        (.autodiff(.nonScalarLoss(shape: Shape(2, 2))), "the function to differentiate must return a scalar (1×1), got 2×2"),
        (.forcedTryFailed(error: "main.E.bad(\"q\")"), "Fatal error: 'try!' expression unexpectedly raised an error: main.E.bad(\"q\")"),
    ])
    func inSwiftsWords(_ kind: CellErrorKind, _ words: String) {
        #expect(Messages.text(for: kind) == words)
    }

    /// The notes after "no exact matches": swiftc's for a cell's candidate (the note stands at its
    /// declaration); the library's candidates, which have no place in the notebook, name their signature.
    @Test func candidateNotes() {
        let problem = CandidateProblem.argumentType(expected: .array(.int), got: .int, parameter: 1)
        #expect(Messages.text(for: .candidate(declaration: nil, problem: problem))
                == "candidate expects value of type '[Int]' for parameter #1 (got 'Int')")
        #expect(Messages.text(for: .candidate(declaration: "func m(_ x: [Int])", problem: problem))
                == "candidate 'func m(_ x: [Int])' expects value of type '[Int]' for parameter #1 (got 'Int')")
        #expect(Messages.text(for: .candidate(declaration: nil, problem: .other)) == "found this candidate")
    }
}
