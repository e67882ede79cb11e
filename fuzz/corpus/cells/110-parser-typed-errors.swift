// A small expression parser whose failures are typed errors, caught by pattern.

enum ParseError: Error, Equatable {
    case empty
    case unexpected(character: Character, at: Int)
    case unbalanced(open: Int)
    case divisionByZero
}

struct Lexer {
    let characters: [Character]
    var position = 0

    init(_ text: String) { characters = Array(text.filter { $0 != " " }) }

    var atEnd: Bool { position >= characters.count }

    func peek() -> Character? { atEnd ? nil : characters[position] }

    mutating func next() -> Character? {
        guard let c = peek() else { return nil }
        position += 1
        return c
    }

    mutating func expect(_ c: Character) throws {
        guard let got = next() else { throw ParseError.unbalanced(open: 1) }
        if got != c { throw ParseError.unexpected(character: got, at: position - 1) }
    }
}

struct Parser {
    var lexer: Lexer

    init(_ text: String) throws {
        lexer = Lexer(text)
        if lexer.atEnd { throw ParseError.empty }
    }

    mutating func number() throws -> Int {
        var digits = ""
        while let c = lexer.peek(), c.isNumber {
            digits.append(c)
            _ = lexer.next()
        }
        guard let value = Int(digits) else {
            if let c = lexer.peek() { throw ParseError.unexpected(character: c, at: lexer.position) }
            throw ParseError.empty
        }
        return value
    }

    mutating func factor() throws -> Int {
        if lexer.peek() == "(" {
            _ = lexer.next()
            let value = try expression()
            try lexer.expect(")")
            return value
        }
        if lexer.peek() == "-" {
            _ = lexer.next()
            return -(try factor())
        }
        return try number()
    }

    mutating func term() throws -> Int {
        var value = try factor()
        while let op = lexer.peek(), op == "*" || op == "/" {
            _ = lexer.next()
            let rhs = try factor()
            if op == "*" {
                value *= rhs
            } else {
                guard rhs != 0 else { throw ParseError.divisionByZero }
                value /= rhs
            }
        }
        return value
    }

    mutating func expression() throws -> Int {
        var value = try term()
        while let op = lexer.peek(), op == "+" || op == "-" {
            _ = lexer.next()
            let rhs = try term()
            value = op == "+" ? value + rhs : value - rhs
        }
        return value
    }

    mutating func parse() throws -> Int {
        let value = try expression()
        if let c = lexer.peek() { throw ParseError.unexpected(character: c, at: lexer.position) }
        return value
    }
}

func evaluate(_ text: String) throws -> Int {
    var parser = try Parser(text)
    return try parser.parse()
}

let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3 + 4", "", "7 $ 2", "-(4 - 10) * 2", "12 / 4 / 3"]

for input in inputs {
    do {
        let value = try evaluate(input)
        print("\(input) = \(value)")
    } catch ParseError.empty {
        print("empty input")
    } catch ParseError.unexpected(let c, let at) {
        print("\(input): unexpected '\(c)' at \(at)")
    } catch let error as ParseError {
        print("\(input): \(error)")
    } catch {
        print("unknown error: \(error)")
    }
}

// try? turns a failure into nil; try? of an optional stays one level deep.
let values = inputs.map { try? evaluate($0) }
print(values)
print(values.compactMap { $0 }.reduce(0, +))
func firstValue(_ texts: [String]) throws -> Int? {
    for text in texts where !text.isEmpty {
        return try evaluate(text)
    }
    return nil
}
let flat = try? firstValue(["", "6 * 7"])
print(flat as Any)
print((try? firstValue(["", ""])) as Any)
print((try? firstValue(["1 +"])) == nil)

// Errors as values: compared, collected, printed inside collections.
var failures: [ParseError] = []
for input in inputs {
    do { _ = try evaluate(input) } catch let error as ParseError { failures.append(error) } catch {}
}
print(failures)
print(failures.contains(.divisionByZero), failures.first == .unbalanced(open: 1))
let anyErrors: [Error] = failures
print(anyErrors.count, anyErrors[0])
print(try! evaluate("6 * (1 + 1)"))
