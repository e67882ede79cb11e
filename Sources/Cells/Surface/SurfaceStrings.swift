import Foundation
import CellValues

/// Strings and characters as cells see them.
enum SurfaceStrings {
    static let entries: [Builtin] = [
        Builtin(on: "String", "var count: Int") { args, _ in .int(args[0].string.count) },
        Builtin(on: "String", "var isEmpty: Bool") { args, _ in .bool(args[0].string.isEmpty) },
        Builtin(on: "String", "var first: Character?") { args, _ in args[0].string.first.map(Value.character) ?? .none },
        Builtin(on: "String", "var last: Character?") { args, _ in args[0].string.last.map(Value.character) ?? .none },
        Builtin(on: "String", "func uppercased() -> String") { args, _ in .string(args[0].string.uppercased()) },
        Builtin(on: "String", "func lowercased() -> String") { args, _ in .string(args[0].string.lowercased()) },
        Builtin(on: "String", "func hasPrefix(_ prefix: String) -> Bool") { args, _ in .bool(args[0].string.hasPrefix(args[1].string)) },
        Builtin(on: "String", "func hasSuffix(_ suffix: String) -> Bool") { args, _ in .bool(args[0].string.hasSuffix(args[1].string)) },
        Builtin(on: "String", "func contains(_ other: String) -> Bool") { args, _ in .bool(args[0].string.contains(args[1].string)) },
        Builtin(on: "String", "func contains(_ element: Character) -> Bool") { args, _ in
            guard case .character(let c) = args[1] else { return .bool(false) }
            return .bool(args[0].string.contains(c))
        },
        Builtin(on: "String", "func split(separator: Character) -> [String]") { args, _ in
            guard case .character(let c) = args[1] else { return .array([]) }
            return .array(args[0].string.split(separator: c).map { .string(String($0)) })
        },
        Builtin(on: "String", "func components(separatedBy separator: String) -> [String]") { args, _ in
            .array(args[0].string.components(separatedBy: args[1].string).map(Value.string))
        },
        Builtin(on: "String", "func replacingOccurrences(of target: String, with replacement: String) -> String") { args, _ in
            .string(args[0].string.replacingOccurrences(of: args[1].string, with: args[2].string))
        },
        Builtin(on: "String", "func reversed() -> [Character]") { args, _ in
            .array(args[0].string.reversed().map(Value.character))
        },
        Builtin(on: "String", "func map<T>(_ transform: (Character) -> T) -> [T]") { args, _ in
            .array(try args[0].string.map { try SurfaceCollections.call(args[1], .character($0)) })
        },
        Builtin(on: "String", "func filter(_ isIncluded: (Character) -> Bool) -> String") { args, _ in
            .string(try args[0].string.filter { try SurfaceCollections.call(args[1], .character($0)).bool })
        },
        Builtin(on: "String", "func append(_ other: String)", mutating: true) { args, _ in
            args[0] = .string(args[0].string + args[1].string)
            return .void
        },
        Builtin(on: "String", "var description: String") { args, _ in args[0] },
        Builtin(on: "String", "func sorted() -> [Character]") { args, _ in .array(args[0].string.sorted().map(Value.character)) },
        Builtin(on: "String", "func dropFirst(_ k: Int = 1) -> String") { args, _ in .string(String(args[0].string.dropFirst(max(0, args[1].int)))) },
        Builtin(on: "String", "func dropLast(_ k: Int = 1) -> String") { args, _ in .string(String(args[0].string.dropLast(max(0, args[1].int)))) },
        Builtin(on: "String", "func prefix(_ maxLength: Int) -> String") { args, _ in .string(String(args[0].string.prefix(max(0, args[1].int)))) },
        Builtin(on: "String", "func suffix(_ maxLength: Int) -> String") { args, _ in .string(String(args[0].string.suffix(max(0, args[1].int)))) },
        Builtin(on: "String", "var utf8Count: Int") { args, _ in .int(args[0].string.utf8.count) },
        Builtin(on: "Character", "var wholeNumberValue: Int?") { args, _ in Character(args[0].string).wholeNumberValue.map(Value.int) ?? .none },
        Builtin(on: "Character", "var asciiValue: UInt8?") { args, _ in Character(args[0].string).asciiValue.map { .int(Int($0)) } ?? .none },
        Builtin(on: "Character", "var isPunctuation: Bool") { args, _ in .bool(Character(args[0].string).isPunctuation) },
        Builtin(on: "Character", "var isLetter: Bool") { args, _ in .bool(Character(args[0].string).isLetter) },
        Builtin(on: "Character", "var isNumber: Bool") { args, _ in .bool(Character(args[0].string).isNumber) },
        Builtin(on: "Character", "var isUppercase: Bool") { args, _ in .bool(Character(args[0].string).isUppercase) },
        Builtin(on: "Character", "var isLowercase: Bool") { args, _ in .bool(Character(args[0].string).isLowercase) },
        Builtin(on: "Character", "var isWhitespace: Bool") { args, _ in .bool(Character(args[0].string).isWhitespace) },
        Builtin(on: "Character", "func uppercased() -> String") { args, _ in .string(args[0].string.uppercased()) },
        Builtin(on: "Character", "func lowercased() -> String") { args, _ in .string(args[0].string.lowercased()) },
    ]
}
