import SwiftSyntax
import CellValues

/// A struct of a cell that is a `Sequence`: one with `makeIterator()`, or its own iterator
/// (`Sequence, IteratorProtocol` with `mutating func next() -> Element?`). `for in` steps
/// through it with its `next()`, an element at a time (so a `break` ends an endless one); the
/// library's sequence algorithms (`map`, `filter`, `reduce`, `Array(_:)`, …) take the array
/// of its elements (docs/ARCHITECTURE.md, "Cells: declarations").
struct UserSequence {
    var element: CellType
    /// Makes, at run time, the function that yields the next element of a sequence value
    /// (nil at the end).
    var makeNext: (Frame, Value) throws -> () throws -> Value?
}

extension Checker {
    /// The sequence a cell's struct of type `type` is, if it declares Sequence and has the members.
    func userSequence(_ type: CellType) -> UserSequence? {
        guard case .nominal(let key) = type, let record = declarations[key], record.structLayout != nil,
              record.conformances.contains("Sequence") else { return nil }
        var iteratorType = type
        var makeIterator: Eval?
        if let make = record.methods(named: "makeIterator").first(where: { $0.parameters.isEmpty && !$0.isMutating }),
           let variable = make.variable {
            iteratorType = make.result
            makeIterator = read(variable).eval
        } else if !record.conformances.contains("IteratorProtocol") {
            return nil
        }
        guard let iteratorKey = iteratorType.nominalName, declarations[iteratorKey]?.structLayout != nil,
              let next = declarations[iteratorKey]?.methods(named: "next").first(where: { $0.parameters.isEmpty }),
              case .optional(let element) = next.result, let variable = next.variable else { return nil }
        let nextFunction = read(variable).eval
        return UserSequence(element: element) { frame, sequence in
            var iterator = sequence
            if let makeIterator {
                var arguments = [sequence]
                iterator = try makeIterator(frame).function.call(&arguments)
            }
            let step = try nextFunction(frame).function
            return {
                var arguments = [iterator]
                let result = try step.call(&arguments)
                iterator = arguments[0]
                if case .none = result { return nil }
                return result.unwrappedOptional
            }
        }
    }

    /// A cell's sequence as the array of its elements, for the library's algorithms; nil for
    /// any other value.
    func userSequenceAsArray(_ compiled: Compiled) -> Compiled? {
        guard let sequence = userSequence(compiled.type) else { return nil }
        let eval = compiled.eval, makeNext = sequence.makeNext
        return Compiled(.array(sequence.element)) { frame in
            let next = try makeNext(frame, try eval(frame))
            var items: [Value] = []
            while let item = try next() { items.append(item) }
            return .array(items)
        }
    }
}
