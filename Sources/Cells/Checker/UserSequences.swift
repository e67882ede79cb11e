import SwiftSyntax
import CellValues

/// A struct or class of a cell that is a `Sequence`: one with `makeIterator()`, or its own iterator
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
        if let step = IteratorSequences.iterator(of: type), let element = type.sequenceElement {
            // `sequence(first:next:)`, `AnyIterator` and their prefixes (`IteratorSequences`).
            return UserSequence(element: element) { _, value in step(value) }
        }
        guard case .nominal(let key) = type, let record = declarations[key], record.shape != nil,
              record.conformances.contains("Sequence") else { return nil }
        var iteratorType = type
        var makeIterator: ((Frame, Value) throws -> FunctionValue)?
        if let make = method("makeIterator", of: type)?.binding, !make.isMutating {
            iteratorType = make.result
            makeIterator = method("makeIterator", of: type)?.function
        } else if !record.conformances.contains("IteratorProtocol") {
            return nil
        }
        guard let (next, nextFunction) = method("next", of: iteratorType),
              case .optional(let element) = next.result else { return nil }
        return UserSequence(element: element) { frame, sequence in
            var iterator = sequence
            if let makeIterator {
                var arguments = [sequence]
                iterator = try makeIterator(frame, sequence).call(&arguments)
            }
            let step = try nextFunction(frame, iterator)
            return {
                var arguments = [iterator]
                let result = try step.call(&arguments)
                iterator = arguments[0]
                if case .none = result { return nil }
                return result.unwrappedOptional
            }
        }
    }

    /// The method `name()` (without arguments) of a cell's struct or class, and how to get the
    /// function it runs for a receiver (a class's through its table of methods).
    private func method(_ name: String, of type: CellType) -> (binding: FunctionBinding, function: (Frame, Value) throws -> FunctionValue)? {
        guard let key = type.nominalName, let record = declarations[key], record.shape != nil else { return nil }
        let candidates = declarations.classLayout(key).map { classMethods($0, name) } ?? record.methods(named: name)
        guard let binding = candidates.first(where: { $0.parameters.isEmpty }), let variable = binding.variable else { return nil }
        if let slot = binding.dispatchSlot {
            let fallback = read(variable).eval
            return (binding, { frame, receiver in
                guard case .object(let object) = receiver else { return try fallback(frame).function }
                return object.cellClass.methods[slot]
            })
        }
        let function = read(variable).eval
        return (binding, { frame, _ in try function(frame).function })
    }

    /// `AnyIterator(base)`: an iterator of a cell's own (`IteratorProtocol` with `next()`), or
    /// another `AnyIterator`, copied into the new one's closure. Nil when the argument is not
    /// one (`AnyIterator { … }` is the library's initializer).
    func anyIteratorWrapping(_ arguments: [CallArgument], element: CellType) throws -> Compiled? {
        guard arguments.count == 1, arguments[0].label == nil, !arguments[0].expression.is(ClosureExprSyntax.self),
              !arguments[0].isTrailingClosure else { return nil }
        let base = try expression(arguments[0].expression)
        let makeNext: (Frame, Value) throws -> () throws -> Value?
        let baseElement: CellType
        if case .sequence(let kind, _) = base.type, kind == .anyIterator || kind == .unfoldFirst,
           let step = IteratorSequences.iterator(of: base.type), let found = base.type.sequenceElement {
            makeNext = { _, value in step(value) }
            baseElement = found
        } else if let key = base.type.nominalName, declarations[key]?.conformances.contains("IteratorProtocol") == true,
                  let (next, nextFunction) = method("next", of: base.type), case .optional(let found) = next.result {
            makeNext = { frame, value in
                var iterator = value
                let step = try nextFunction(frame, iterator)
                return {
                    var arguments = [iterator]
                    let result = try step.call(&arguments)
                    iterator = arguments[0]
                    return result.isNone ? nil : result.unwrappedOptional
                }
            }
            baseElement = found
        } else {
            return nil
        }
        if element != .error, element != baseElement {
            throw error(.cannotConvert(from: base.type, to: .sequence(.anyIterator, [element]), context: .argument),
                        at: arguments[0].expression)
        }
        let eval = base.eval
        let box = SwiftDescription(structs: declarations.structLayouts, enums: declarations.enumLayouts)
            .reflectedName(base.type, qualified: true)
        return Compiled(.sequence(.anyIterator, [baseElement])) { frame in
            IteratorSequences.anyIteratorValue(try makeNext(frame, try eval(frame)), box: box)
        }
    }

    /// A sequence stepped by a closure that has no member `name` of its own (`prefix(3)` of
    /// `sequence(first:next:)`): an `AnyIterator` over it, whose algorithms pull its elements
    /// in Swift's order (`SurfaceIterators.swift`). Nil for any other receiver, and for
    /// `next()`, which only an iterator has.
    func iteratorView(_ compiled: Compiled, for name: String) -> Compiled? {
        guard name != "next", IteratorSequences.iterator(of: compiled.type) != nil,
              case .sequence(let kind, _) = compiled.type, kind != .anyIterator,
              let element = compiled.type.sequenceElement,
              surface.members(of: .sequence(.anyIterator, [element]), named: name) != nil,
              let sequence = userSequence(compiled.type) else { return nil }
        let eval = compiled.eval, makeNext = sequence.makeNext
        if name == "contains", let custom = LazySequences.customContains(of: compiled.type) {
            // A lazy filter's or range's `contains(_:)` asks it first (`LazySequences.customContains`).
            return Compiled(.sequence(.anyIterator, [element])) { frame in
                let value = try eval(frame)
                return IteratorSequences.anyIteratorValue(try makeNext(frame, value), customContains: { try custom(value, $0) })
            }
        }
        return Compiled(.sequence(.anyIterator, [element])) { frame in
            IteratorSequences.anyIteratorValue(try makeNext(frame, try eval(frame)))
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
