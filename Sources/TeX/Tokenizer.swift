import Markup

/// One TeX token and the span of source it came from.
///
/// Tokens produced by a macro expansion carry the span of the macro's use, so an
/// error inside an expansion points at the macro the user wrote.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `\name` or a control symbol such as `\,`; the name has no backslash.
        case command(String)
        case character(Unicode.Scalar)
        /// A run of blanks or one line break.
        case space
        case beginGroup
        case endGroup
        /// `$`
        case mathShift
        /// `&`
        case alignment
        /// `^`
        case superscript
        /// `_`
        case `subscript`
        /// `#1`…`#9`; `0` for a `#` not followed by a digit.
        case parameter(Int)
        /// `~`
        case active
        /// A problem found by the macro expander, to be shown in place by the parser.
        case invalid(TeXErrorKind)
    }

    var kind: Kind
    /// UTF-8 byte offsets of the token in the formula: `start..<end`.
    var start: Int
    var end: Int
}

/// Splits a formula into TeX tokens (TeX's "eyes and mouth", category codes fixed
/// to LaTeX's defaults). Works on UTF-8 bytes; linear in the input.
///
/// A control word swallows the blanks after it, as in TeX; `%` starts a comment
/// that runs to the end of the line.
enum Tokenizer {
    /// At most `TeXLimits.tokens` tokens; past that, one `.invalid(.tooManyTokens)` at
    /// the place the limit was reached ends the list.
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(min(bytes.count, TeXLimits.tokens) + 1)
        var i = 0
        let n = bytes.count
        while i < n {
            if tokens.count >= TeXLimits.tokens {
                tokens.append(Token(kind: .invalid(.tooManyTokens(limit: TeXLimits.tokens)), start: i, end: i))
                break
            }
            let start = i
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\\"):
                i += 1
                if i >= n {
                    tokens.append(Token(kind: .invalid(.trailingBackslash), start: start, end: i))
                } else if isLetter(bytes[i]) {
                    while i < n, isLetter(bytes[i]) { i += 1 }
                    let name = String(decoding: bytes[(start + 1)..<i], as: UTF8.self)
                    tokens.append(Token(kind: .command(name), start: start, end: i))
                    while i < n, isBlank(bytes[i]) { i += 1 }
                } else {
                    let (_, length) = decodeScalar(bytes, at: i)
                    let name = String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                    i += length
                    tokens.append(Token(kind: .command(name), start: start, end: i))
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                while i < n, isBlank(bytes[i]) { i += 1 }
                tokens.append(Token(kind: .space, start: start, end: i))
            case UInt8(ascii: "%"):
                while i < n, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                if i < n { i += 1 }
            case UInt8(ascii: "{"): i += 1; tokens.append(Token(kind: .beginGroup, start: start, end: i))
            case UInt8(ascii: "}"): i += 1; tokens.append(Token(kind: .endGroup, start: start, end: i))
            case UInt8(ascii: "$"): i += 1; tokens.append(Token(kind: .mathShift, start: start, end: i))
            case UInt8(ascii: "&"): i += 1; tokens.append(Token(kind: .alignment, start: start, end: i))
            case UInt8(ascii: "^"): i += 1; tokens.append(Token(kind: .superscript, start: start, end: i))
            case UInt8(ascii: "_"): i += 1; tokens.append(Token(kind: .subscript, start: start, end: i))
            case UInt8(ascii: "~"): i += 1; tokens.append(Token(kind: .active, start: start, end: i))
            case UInt8(ascii: "#"):
                i += 1
                var number = 0
                if i < n, bytes[i] >= UInt8(ascii: "1"), bytes[i] <= UInt8(ascii: "9") {
                    number = Int(bytes[i] - UInt8(ascii: "0"))
                    i += 1
                }
                tokens.append(Token(kind: .parameter(number), start: start, end: i))
            default:
                let (scalar, length) = decodeScalar(bytes, at: i)
                i += length
                // A control character (NUL, U+000C…) or noncharacter cannot reach the
                // MathML: it is dropped, with a warning at its place.
                let plain = (0x20..<0x7F).contains(scalar.value) || (0xA0..<0xFDD0).contains(scalar.value)
                let kind: Token.Kind = plain || Escaping.isAllowedInMarkup(scalar)
                    ? .character(scalar) : .invalid(.controlCharacter(scalar.value))
                tokens.append(Token(kind: kind, start: start, end: i))
            }
        }
        return tokens
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Decodes the UTF-8 scalar at `index`; a malformed sequence reads as U+FFFD, one byte long.
    static func decodeScalar<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> (Unicode.Scalar, Int)
        where Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<length {
            let continuation = bytes[index + k]
            guard continuation & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
