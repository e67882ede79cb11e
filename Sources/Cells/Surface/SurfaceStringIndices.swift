import CellValues

/// `String.Index` and the members that take or give one, for strings and substrings alike
/// (a substring's indices are its base string's, as in Swift), and the unicode scalars view.
/// Every index operation is checked first, so a bad index traps as Swift does
/// (`String index is out of bounds`) instead of crashing the host.
extension SurfaceStrings {
    static func index(_ value: Value) -> String.Index {
        if case .stringIndex(let index) = value { return index }
        return "".startIndex
    }

    /// `index` as a position of a character of `text` (`endIndex` too when `allowingEnd`).
    static func checked(_ index: String.Index, in text: Substring, allowingEnd: Bool = false) throws -> String.Index {
        guard index >= text.startIndex, index < text.endIndex || (allowingEnd && index == text.endIndex) else {
            throw Trap(.stringIndexOutOfBounds)
        }
        return index
    }

    private static func found(_ index: String.Index?) -> Value { index.map(Value.stringIndex) ?? .none }

    static let indexing: [Builtin] = [
        Builtin(on: "StringProtocol", "var startIndex: String.Index") { args, _ in .stringIndex(hostSubstring(args[0]).startIndex) },
        Builtin(on: "StringProtocol", "var endIndex: String.Index") { args, _ in .stringIndex(hostSubstring(args[0]).endIndex) },
        Builtin(on: "StringProtocol", "func firstIndex(of element: Character) -> String.Index?") { args, _ in
            found(hostSubstring(args[0]).firstIndex(of: Character(args[1].string)))
        },
        Builtin(on: "StringProtocol", "func lastIndex(of element: Character) -> String.Index?") { args, _ in
            found(hostSubstring(args[0]).lastIndex(of: Character(args[1].string)))
        },
        Builtin(on: "StringProtocol", "func firstIndex(where predicate: (Character) throws -> Bool) rethrows -> String.Index?") { args, _ in
            found(try hostSubstring(args[0]).firstIndex { try SurfaceCollections.call(args[1], .character($0)).bool })
        },
        Builtin(on: "StringProtocol", "func lastIndex(where predicate: (Character) throws -> Bool) rethrows -> String.Index?") { args, _ in
            found(try hostSubstring(args[0]).lastIndex { try SurfaceCollections.call(args[1], .character($0)).bool })
        },
        Builtin(on: "StringProtocol", "func index(after i: String.Index) -> String.Index") { args, _ in
            let text = hostSubstring(args[0])
            return .stringIndex(text.index(after: try checked(index(args[1]), in: text)))
        },
        Builtin(on: "StringProtocol", "func index(before i: String.Index) -> String.Index") { args, _ in
            let text = hostSubstring(args[0]), position = index(args[1])
            guard position > text.startIndex, position <= text.endIndex else { throw Trap(.stringIndexOutOfBounds) }
            return .stringIndex(text.index(before: position))
        },
        Builtin(on: "StringProtocol", "func index(_ i: String.Index, offsetBy distance: Int) -> String.Index") { args, _ in
            let text = hostSubstring(args[0])
            let start = try checked(index(args[1]), in: text, allowingEnd: true), distance = args[2].int
            let limit = distance >= 0 ? text.endIndex : text.startIndex
            guard let result = text.index(start, offsetBy: distance, limitedBy: limit) else { throw Trap(.stringIndexOutOfBounds) }
            return .stringIndex(result)
        },
        Builtin(on: "StringProtocol", "func index(_ i: String.Index, offsetBy distance: Int, limitedBy limit: String.Index) -> String.Index?") { args, _ in
            let text = hostSubstring(args[0])
            let start = try checked(index(args[1]), in: text, allowingEnd: true)
            let limit = try checked(index(args[3]), in: text, allowingEnd: true), distance = args[2].int
            let end = distance >= 0 ? text.endIndex : text.startIndex
            // A limit ahead of `i` stops the walk (nil); one behind it does not apply.
            if distance >= 0 ? limit >= start : limit <= start {
                return text.index(start, offsetBy: distance, limitedBy: limit).map(Value.stringIndex) ?? .none
            }
            guard let result = text.index(start, offsetBy: distance, limitedBy: end) else { throw Trap(.stringIndexOutOfBounds) }
            return .stringIndex(result)
        },
        Builtin(on: "StringProtocol", "func distance(from start: String.Index, to end: String.Index) -> Int") { args, _ in
            let text = hostSubstring(args[0])
            let start = try checked(index(args[1]), in: text, allowingEnd: true)
            return .int(text.distance(from: start, to: try checked(index(args[2]), in: text, allowingEnd: true)))
        },
        Builtin(on: "StringProtocol", "func prefix(upTo end: String.Index) -> Substring") { args, _ in
            let text = hostSubstring(args[0])
            return .substring(text[..<(try checked(index(args[1]), in: text, allowingEnd: true))])
        },
        Builtin(on: "StringProtocol", "func prefix(through position: String.Index) -> Substring") { args, _ in
            let text = hostSubstring(args[0])
            return .substring(text[...(try checked(index(args[1]), in: text))])
        },
        Builtin(on: "StringProtocol", "func suffix(from start: String.Index) -> Substring") { args, _ in
            let text = hostSubstring(args[0])
            return .substring(text[(try checked(index(args[1]), in: text, allowingEnd: true))...])
        },
    ]

    /// `String.UnicodeScalarView` (a collection of `Unicode.Scalar`s) holds its string; a
    /// `Unicode.Scalar` is held as the one-scalar `Character` it makes.
    static let unicodeScalars: [Builtin] = [
        Builtin(on: "String", "var unicodeScalars: String.UnicodeScalarView") { args, _ in .string(args[0].string) },
        // `String.UTF8View` (a collection of `UInt8`s) holds its string too.
        Builtin(on: "String", "var utf8: String.UTF8View") { args, _ in .string(args[0].string) },
        Builtin(on: "Unicode.Scalar", "var isASCII: Bool") { args, _ in .bool(args[0].string.unicodeScalars.first?.isASCII ?? false) },
        Builtin(static: "Unicode.Scalar", "init?(_ v: Int)") { args, _ in
            guard let code = UInt32(exactly: args[0].int), let scalar = Unicode.Scalar(code) else { return .none }
            return .character(Character(scalar))
        },
        Builtin(static: "Unicode.Scalar", "init(_ v: UInt8)") { args, _ in
            .character(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: args[0].int))))
        },
        Builtin(on: "Unicode.Scalar", "var value: UInt32") { args, _ in .int(Int(args[0].string.unicodeScalars.first?.value ?? 0)) },
        Builtin(static: "Character", "init(_ content: Unicode.Scalar)") { args, _ in args[0] },
    ]
}
