import Foundation
import Plot

/// What one render of a report can hand to the next render of the same notebook: each
/// cell's parsed code (for the highlighter) and each figure's SVG. Both are pure functions of
/// their input (the code; the figure and its id prefix), so a memo only saves time and never
/// changes a byte. `nb preview` keeps one for its notebook (docs/ARCHITECTURE.md, "Preview");
/// a render outside ``during(_:)`` uses none.
///
/// Entries a render did not use are dropped at its end, so the memo holds one version's worth.
public final class ReportMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [String: SwiftHighlighter.ParsedCode] = [:]
    private var svgs: [SVGKey: String] = [:]
    private var usedCode: Set<String> = []
    private var usedSVGs: Set<SVGKey> = []
    /// How many figures the last render drew (the others came from the memo).
    private(set) var drawnInLastRender = 0
    private var drawn = 0

    /// The memo of the render running on this thread, if any (a report is written on one thread).
    static var current: ReportMemo? { Thread.current.threadDictionary[threadKey] as? ReportMemo }
    private static let threadKey = "nb.ReportMemo"

    public init() {}

    /// Runs `render` with this memo, then forgets what it did not use.
    public func during<Result>(_ render: () throws -> Result) rethrows -> Result {
        let dictionary = Thread.current.threadDictionary
        let outer = dictionary[Self.threadKey]
        dictionary[Self.threadKey] = self
        defer { dictionary[Self.threadKey] = outer }
        let result = try render()
        lock.withLock {
            parsed = parsed.filter { usedCode.contains($0.key) }
            svgs = svgs.filter { usedSVGs.contains($0.key) }
            usedCode = []
            usedSVGs = []
            drawnInLastRender = drawn
            drawn = 0
        }
        return result
    }

    struct SVGKey: Hashable {
        /// The figure's JSON (keys sorted, every `Double` written exactly) without its call
        /// sites' lines (which only its warnings name, and which a prose edit moves): equal
        /// bytes, equal drawing.
        var figure: Data
        var idPrefix: String
    }

    /// `code` parsed, from this render's memo if there is one.
    static func parsedCode(_ code: String) -> SwiftHighlighter.ParsedCode {
        guard let memo = current else { return SwiftHighlighter.ParsedCode(code) }
        if let known = memo.lock.withLock({ memo.usedCode.insert(code); return memo.parsed[code] }) { return known }
        let parsed = SwiftHighlighter.ParsedCode(code)
        memo.lock.withLock { memo.parsed[code] = parsed }
        return parsed
    }

    /// `figure.svg(idPrefix:)`, from this render's memo if there is one.
    static func svg(_ figure: Figure, idPrefix: String) -> String {
        guard let memo = current else { return figure.svg(idPrefix: idPrefix) }
        // JSON with sorted keys: a property list writes a dictionary in its storage's order,
        // which differs between two equal dictionaries.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        encoder.userInfo[CallSite.lineOrigin] = LinesLeftOut()
        guard let bytes = try? encoder.encode(figure) else { return figure.svg(idPrefix: idPrefix) }
        let key = SVGKey(figure: bytes, idPrefix: idPrefix)
        if let known = memo.lock.withLock({ memo.usedSVGs.insert(key); return memo.svgs[key] }) { return known }
        let svg = figure.svg(idPrefix: idPrefix)
        memo.lock.withLock {
            memo.svgs[key] = svg
            memo.drawn += 1
        }
        return svg
    }
}

/// Stores every line as 0: a figure's drawing does not depend on where its calls were.
private struct LinesLeftOut: LineMapping {
    func stored(_ line: Int) -> Int { 0 }
    func placed(_ stored: Int) -> Int { stored }
}
