import Foundation
import Plot
import TeX

/// What one render of a report can hand to the next render of the same notebook: each
/// cell's parsed code (for the highlighter), each figure's SVG and each formula's MathML. All
/// are pure functions of their keys (the code; the figure's result key or bytes, and its id
/// prefix; the formula and the macros before it), so a memo only saves time and never changes
/// a byte. `nb preview` keeps one for its notebook, `nb render`
/// one on disk beside the results cache (docs/ARCHITECTURE.md, "Preview" and "The results
/// cache"); a render outside ``during(resultKeys:_:)`` uses none.
///
/// Entries a render did not use are dropped at its end, so the memo holds one version's worth
/// (a persistent memo drops them when it is written back).
public final class ReportMemo: @unchecked Sendable {
    let lock = NSLock()
    var parsed: [String: SwiftHighlighter.ParsedCode] = [:]
    var svgs: [SVGKey: String] = [:]
    /// Each formula's conversion by its TeX and style, with the converter before and after it
    /// (its MathML depends on the macros defined before it, and a `\newcommand` in it changes
    /// those after it). Kept in memory only: the on-disk memo does not hold it.
    var formulas: [FormulaKey: [Conversion]] = [:]
    private var usedCode: Set<String> = []
    private var usedSVGs: Set<SVGKey> = []
    private var usedFormulas: Set<FormulaKey> = []
    /// How many figures the last render drew (the others came from the memo).
    public private(set) var drawnInLastRender = 0
    private var drawn = 0
    /// How many formulas the last render converted (the others came from the memo).
    public private(set) var convertedInLastRender = 0
    private var converted = 0
    /// A memo kept on disk between commands (`nb render` with the results cache; see
    /// `ReportMemoCoding.swift`): it forgets nothing between the renders of one command (the
    /// handout and the deck) and writes back only what they used.
    let isPersistent: Bool
    /// Everything the renders used since the memo was made (a persistent memo's).
    var usedSinceMade: (code: Set<String>, svgs: Set<SVGKey>) = ([], [])
    /// Whether a render since the memo was made parsed or drew something it did not have.
    var added = false

    /// The memo of the render running on this thread, if any (a report is written on one thread).
    static var current: ReportMemo? { Thread.current.threadDictionary[threadKey] as? ReportMemo }
    private static let threadKey = "nb.ReportMemo"

    public init() { isPersistent = false }

    init(isPersistent: Bool) { self.isPersistent = isPersistent }

    /// For each cell (by index) whose result is a function of a key its run gives it: the results
    /// cache's chained key of the cell with the data files read up to it (docs/ARCHITECTURE.md,
    /// "The results cache"). A figure of such a cell is known by that key and its number, which
    /// costs nothing to compare; the others are known by their bytes. Set for one render.
    private var resultKeys: [Int: String] = [:]

    /// Runs `render` with this memo, then forgets what it did not use. `resultKeys`: see above.
    public func during<Result>(resultKeys: [Int: String] = [:], _ render: () throws -> Result) rethrows -> Result {
        let dictionary = Thread.current.threadDictionary
        let outer = dictionary[Self.threadKey]
        dictionary[Self.threadKey] = self
        lock.withLock { self.resultKeys = resultKeys }
        defer { dictionary[Self.threadKey] = outer }
        let result = try render()
        lock.withLock {
            if isPersistent {
                usedSinceMade.code.formUnion(usedCode)
                usedSinceMade.svgs.formUnion(usedSVGs)
            } else {
                parsed = parsed.filter { usedCode.contains($0.key) }
                svgs = svgs.filter { usedSVGs.contains($0.key) }
                formulas = formulas.filter { usedFormulas.contains($0.key) }
            }
            usedCode = []
            usedSVGs = []
            usedFormulas = []
            drawnInLastRender = drawn
            drawn = 0
            convertedInLastRender = converted
            converted = 0
        }
        return result
    }

    struct SVGKey: Hashable {
        /// `result KEY` for a figure of a cell with a result key (its number is in `idPrefix`);
        /// else the figure's JSON (keys sorted, every `Double` written exactly) without its call
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
        memo.lock.withLock {
            memo.parsed[code] = parsed
            memo.added = true
        }
        return parsed
    }

    struct FormulaKey: Hashable {
        var tex: String
        var display: Bool
    }

    struct Conversion {
        var before: MathConverter
        var after: MathConverter
        var result: MathResult
    }

    /// How many conversions of one formula (after different macros) are kept.
    static let conversionsPerFormula = 4

    /// `converter.convert(tex, display:)`, from this render's memo if there is one (a formula met
    /// after the same macros; `converter` then becomes what converting it would leave).
    static func convert(_ tex: String, display: Bool, with converter: inout MathConverter) -> MathResult {
        guard let memo = current else { return converter.convert(tex, display: display) }
        let key = FormulaKey(tex: tex, display: display), before = converter
        if let known = memo.lock.withLock({ () -> Conversion? in
            memo.usedFormulas.insert(key)
            return memo.formulas[key]?.last { $0.before == before }
        }) {
            converter = known.after
            return known.result
        }
        let result = converter.convert(tex, display: display)
        let conversion = Conversion(before: before, after: converter, result: result)
        memo.lock.withLock {
            memo.converted += 1
            memo.formulas[key, default: []].append(conversion)
            memo.formulas[key]!.removeFirst(max(0, memo.formulas[key]!.count - conversionsPerFormula))
        }
        return result
    }

    /// `figure.svg(idPrefix:)` of a figure of cell `cell`, from this render's memo if there is one.
    static func svg(_ figure: Figure, idPrefix: String, cell: Int) -> String {
        guard let memo = current else { return figure.svg(idPrefix: idPrefix) }
        let key: SVGKey
        if let resultKey = memo.lock.withLock({ memo.resultKeys[cell] }) {
            key = SVGKey(figure: Data("result \(resultKey)".utf8), idPrefix: idPrefix)
        } else {
            // JSON with sorted keys: a property list writes a dictionary in its storage's order,
            // which differs between two equal dictionaries.
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
            encoder.userInfo[CallSite.lineOrigin] = LinesLeftOut()
            guard let bytes = try? encoder.encode(figure) else { return figure.svg(idPrefix: idPrefix) }
            key = SVGKey(figure: bytes, idPrefix: idPrefix)
        }
        if let known = memo.lock.withLock({ memo.usedSVGs.insert(key); return memo.svgs[key] }) { return known }
        let svg = figure.svg(idPrefix: idPrefix)
        memo.lock.withLock {
            memo.svgs[key] = svg
            memo.drawn += 1
            memo.added = true
        }
        return svg
    }
}

/// Stores every line as 0: a figure's drawing does not depend on where its calls were.
private struct LinesLeftOut: LineMapping {
    func stored(_ line: Int) -> Int { 0 }
    func placed(_ stored: Int) -> Int { stored }
}
