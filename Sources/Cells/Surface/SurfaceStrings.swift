import Foundation
import CellValues

/// Strings and characters as cells see them. What `String` and `Substring` share is
/// declared once, on `StringProtocol` (as Swift declares much of it): a `Substring`
/// (`split`'s pieces, `dropFirst()`, `prefix(3)`) has the same members, and keeps its base
/// string's indices. What every collection has (`map`, `sorted`, `reduce`, `reversed`)
/// comes from `Sequence` (`SurfaceSequences.swift`).
enum SurfaceStrings {
    static let entries: [Builtin] = shared + strings + characters + indexing + unicodeScalars

    /// A string (indices of its own) or a substring (its base's), as a host substring.
    static func hostSubstring(_ value: Value) -> Substring {
        if case .substring(let text) = value { return text }
        return value.string[...]
    }

    private static func call(_ function: Value, _ argument: Value) throws -> Value {
        try SurfaceCollections.call(function, argument)
    }

    private static let shared: [Builtin] = [
        Builtin(on: "StringProtocol", "var count: Int") { args, _ in .int(hostSubstring(args[0]).count) },
        Builtin(on: "StringProtocol", "var isEmpty: Bool") { args, _ in .bool(hostSubstring(args[0]).isEmpty) },
        Builtin(on: "StringProtocol", "var first: Character?") { args, _ in hostSubstring(args[0]).first.map(Value.character) ?? .none },
        Builtin(on: "StringProtocol", "var last: Character?") { args, _ in hostSubstring(args[0]).last.map(Value.character) ?? .none },
        Builtin(on: "StringProtocol", "var description: String") { args, _ in .string(args[0].string) },
        Builtin(on: "StringProtocol", "func uppercased() -> String") { args, _ in .string(args[0].string.uppercased()) },
        Builtin(on: "StringProtocol", "func lowercased() -> String") { args, _ in .string(args[0].string.lowercased()) },
        Builtin(on: "StringProtocol", "func hasPrefix<T: StringProtocol>(_ prefix: T) -> Bool") { args, _ in
            .bool(args[0].string.hasPrefix(args[1].string))
        },
        Builtin(on: "StringProtocol", "func hasSuffix<T: StringProtocol>(_ suffix: T) -> Bool") { args, _ in
            .bool(args[0].string.hasSuffix(args[1].string))
        },
        // `"abc".contains("b")`; a Character argument finds `Sequence.contains(_:)`.
        Builtin(on: "StringProtocol", "func contains<T: StringProtocol>(_ other: T) -> Bool") { args, _ in
            .bool(args[0].string.contains(args[1].string))
        },
        Builtin(on: "StringProtocol", "func split(separator: Character, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]") { args, _ in
            guard case .character(let separator) = args[1] else { return .array([]) }
            return .array(hostSubstring(args[0]).split(separator: separator, maxSplits: try SurfaceCollections.maxSplits(args[2]),
                                                       omittingEmptySubsequences: args[3].bool).map(Value.substring))
        },
        Builtin(on: "StringProtocol", "func split(separator: String, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]") { args, _ in
            .array(hostSubstring(args[0]).split(separator: args[1].string, maxSplits: try SurfaceCollections.maxSplits(args[2]),
                                                       omittingEmptySubsequences: args[3].bool).map(Value.substring))
        },
        Builtin(on: "StringProtocol", "func split(maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true, whereSeparator isSeparator: (Character) throws -> Bool) rethrows -> [Substring]") { args, _ in
            .array(try hostSubstring(args[0]).split(maxSplits: try SurfaceCollections.maxSplits(args[1]), omittingEmptySubsequences: args[2].bool) {
                try call(args[3], .character($0)).bool
            }.map(Value.substring))
        },
        Builtin(on: "StringProtocol", "func components<T: StringProtocol>(separatedBy separator: T) -> [String]") { args, _ in
            .array(args[0].string.components(separatedBy: args[1].string).map(Value.string))
        },
        Builtin(on: "StringProtocol", "func replacingOccurrences<T: StringProtocol, R: StringProtocol>(of target: T, with replacement: R) -> String") { args, _ in
            .string(args[0].string.replacingOccurrences(of: args[1].string, with: args[2].string))
        },
        // `filter` on a String or a Substring makes a String, as in Swift.
        Builtin(on: "StringProtocol", "func filter(_ isIncluded: (Character) throws -> Bool) rethrows -> String") { args, _ in
            .string(try hostSubstring(args[0]).filter { try call(args[1], .character($0)).bool })
        },
        Builtin(on: "StringProtocol", "func dropFirst(_ k: Int = 1) -> Substring") { args, _ in
            .substring(hostSubstring(args[0]).dropFirst(try SurfaceCollections.count(args[1], for: "dropFirst")))
        },
        Builtin(on: "StringProtocol", "func dropLast(_ k: Int = 1) -> Substring") { args, _ in
            .substring(hostSubstring(args[0]).dropLast(try SurfaceCollections.count(args[1], for: "dropLast")))
        },
        Builtin(on: "StringProtocol", "func prefix(_ maxLength: Int) -> Substring") { args, _ in
            .substring(hostSubstring(args[0]).prefix(try SurfaceCollections.count(args[1], for: "prefix")))
        },
        Builtin(on: "StringProtocol", "func suffix(_ maxLength: Int) -> Substring") { args, _ in
            .substring(hostSubstring(args[0]).suffix(try SurfaceCollections.count(args[1], for: "suffix")))
        },
        Builtin(on: "StringProtocol", "func prefix(while predicate: (Character) throws -> Bool) rethrows -> Substring") { args, _ in
            .substring(try hostSubstring(args[0]).prefix { try call(args[1], .character($0)).bool })
        },
        Builtin(on: "StringProtocol", "func drop(while predicate: (Character) throws -> Bool) rethrows -> Substring") { args, _ in
            .substring(try hostSubstring(args[0]).drop { try call(args[1], .character($0)).bool })
        },
    ]

    /// Runs `body` on the String in `args[0]`, moved out of it so that the change happens in
    /// place (no copy of the text), as `SurfaceCollections.mutateArray` does for arrays.
    static func mutateString(_ args: inout [Value], _ body: (inout String) throws -> Value) rethrows -> Value {
        guard case .string(var text) = args[0] else { return .void }
        args[0] = .void
        defer { args[0] = .string(text) }
        return try body(&text)
    }

    /// Only `String`'s: changing it in place, and its views.
    private static let strings: [Builtin] = [
        Builtin(on: "String", "func append(_ other: String)", mutating: true) { args, _ in
            let other = args[1].string
            return mutateString(&args) { text in text.append(other); return .void }
        },
        Builtin(on: "String", "func append(_ c: Character)", mutating: true) { args, _ in
            let other = args[1].string
            return mutateString(&args) { text in text.append(other); return .void }
        },
        Builtin(on: "String", "func append(contentsOf newElements: some Sequence<Character>)", mutating: true) { args, _ in
            let characters = args[1].array.map { Character($0.string) }
            return mutateString(&args) { text in text.append(contentsOf: characters); return .void }
        },
        Builtin(on: "String", "func removeLast() -> Character", mutating: true) { args, _ in
            try mutateString(&args) { text in
                guard !text.isEmpty else { throw Trap(.emptyCollection(operation: "removeLast")) }
                return .character(text.removeLast())
            }
        },
        Builtin(on: "String", "func removeFirst() -> Character", mutating: true) { args, _ in
            try mutateString(&args) { text in
                guard !text.isEmpty else { throw Trap(.emptyCollection(operation: "removeFirst")) }
                return .character(text.removeFirst())
            }
        },
        Builtin(on: "String", "var utf8Count: Int") { args, _ in .int(args[0].string.utf8.count) },
    ]

    private static let characters: [Builtin] = [
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
