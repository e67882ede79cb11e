/// Figures shown one after another, for teaching demos: the flow moving
/// along a curve, eigenvalues drifting apart.
///
/// ```swift
/// var a = Animation(title: "Gradient flow", duration: 4)
/// for k in 0..<40 {
///     var frame = Figure(xlabel: "$u$", ylabel: "$v$", aspect: .equal)
///     frame.line(x: us, vs)
///     frame.scatter(x: [us[k * 10]], y: [vs[k * 10]])
///     a.append(frame)
/// }
/// a                                          // a cell's last expression shows it
/// ```
///
/// It renders as one SVG whose frames take turns by a CSS animation, with no
/// script: one pass takes `duration` seconds, then it starts over. The axes,
/// their scales and ticks, the labels and the legend are the first frame's,
/// with each axis's range fitted to all frames together (and a heat map's
/// colours to all its values), so nothing jumps from frame to frame. A reader
/// who prefers reduced motion, a printout and a PDF see the last frame. Size
/// is bounded: at most ``maximumFrames`` frames, ``maximumMarks`` drawing
/// calls over all of them, and ``fieldWorkLimit`` for their contours,
/// arrows and streamlines.
public struct Animation: Sendable, Codable {
    public var title: String?
    /// Seconds for one pass through all frames, 0.1…3600.
    public var duration: Double
    public private(set) var frames: [Figure] = []
    /// Where the animation was made, when the caller said.
    public var callSite: CallSite?
    var ownProblems: [PlotError] = []

    /// The number of frames.
    public var count: Int { frames.count }

    public static let maximumFrames = 500
    public static let maximumMarks = 5_000
    public static let durationRange: ClosedRange<Double> = 0.1...3600
    /// What all frames' fields may take to draw (``Panel/fieldWorkLimit`` for one panel).
    public static let fieldWorkLimit = 2 * Panel.fieldWorkLimit

    public init(title: String? = nil, duration: Double = 4) {
        self.title = title
        self.duration = duration
    }

    /// Adds a frame (its problems, if any, count as the animation's);
    /// a frame that cannot be added is recorded in ``problems``.
    public mutating func append(_ frame: Figure) {
        do { try addFrame(frame) } catch { ownProblems.append(error) }
    }

    /// The throwing twin of ``append(_:)``: a frame with another grid of
    /// panels than the first, or one that would take the animation past
    /// ``maximumFrames`` or ``maximumMarks``, is refused.
    public mutating func addFrame(_ frame: Figure) throws(PlotError) {
        if let first = frames.first, first.rows != frame.rows || first.cols != frame.cols {
            throw .frameGridMismatch(expectedRows: first.rows, expectedCols: first.cols, rows: frame.rows, cols: frame.cols)
        }
        let marks = frames.reduce(0) { $0 + $1.markCount } + frame.markCount
        guard frames.count < Self.maximumFrames, marks <= Self.maximumMarks else {
            throw .animationTooLarge(frames: frames.count + 1, marks: marks, limit: Self.maximumMarks)
        }
        let work = frames.reduce(0) { $0 + $1.fieldWork } + frame.fieldWork
        guard work <= Self.fieldWorkLimit else {
            throw .fieldWorkExceeded(call: .animation, work: work, limit: Self.fieldWorkLimit)
        }
        frames.append(frame)
    }

    /// The animation itself, or the first of ``problems`` thrown.
    public func validated() throws(PlotError) -> Animation {
        if let first = problems.first { throw first }
        return self
    }

    /// A duration out of range, frames refused, and the frames' own problems.
    public var problems: [PlotError] {
        var all: [PlotError] = []
        if !Self.durationRange.contains(duration) {
            all.append(.valueOutOfRange(call: .animation, argument: "duration", value: duration, accepted: Self.durationRange))
        }
        return all + ownProblems + frames.flatMap(\.problems)
    }

    /// Every frame's warnings.
    public func warnings(mathMacros: [String: String] = [:]) -> [PlotWarning] {
        frames.flatMap { $0.warnings(mathMacros: mathMacros) }
    }

    /// One `<svg>` showing the frames in turn; see ``Figure/svg(idPrefix:mathMacros:)``
    /// for the arguments. Without frames, an empty figure with a "no data" note.
    public func svg(idPrefix: String, mathMacros: [String: String] = [:]) -> String {
        guard let first = frames.first else {
            return FigureRenderer(figure: Figure(title: title), idPrefix: idPrefix, mathMacros: mathMacros).svg()
        }
        var base = first
        if let title { base.title = title }
        let timing = AnimationTiming(frames: frames.count,
                                     duration: Self.durationRange.contains(duration) ? duration : 4)
        return FigureRenderer(figure: base, idPrefix: idPrefix, mathMacros: mathMacros,
                              frames: frames, timing: timing).svg()
    }
}

extension Figure {
    /// A figure that shows `animation`: how an animation travels where a
    /// figure is expected (a notebook cell's figures, a report).
    public init(_ animation: Animation) {
        let first = animation.frames.first
        self.init(rows: first?.rows ?? 1, cols: first?.cols ?? 1, title: animation.title,
                  width: first?.width, height: first?.height)
        self.animation = animation
        callSite = animation.callSite
    }

    /// Drawing calls over all panels.
    var markCount: Int { panels.reduce(0) { $0 + $1.marks.count } }

    /// What drawing the fields of all panels takes (``Mark/fieldWork``).
    var fieldWork: Int { panels.reduce(0) { $0 + $1.marks.reduce(0) { $0 + $1.fieldWork } } }
}

/// How frames take turns: each is shown for `duration / frames` seconds of
/// every pass, by a CSS animation of its group's `visibility`.
struct AnimationTiming {
    var frames: Int
    var duration: Double

    /// The `<style>` for frame groups of class `frameClass` (and `frameClass`-k
    /// for frame k): hidden except the last, each visible for its turn while
    /// the animation runs; reduced motion and print stop the animation, which
    /// leaves the last frame.
    func style(frameClass: String) -> String {
        let share = SVGNumber.format(100 / Double(frames), digits: 4)
        let seconds = SVGNumber.format(duration, digits: 3)
        var css = ".\(frameClass){visibility:hidden;animation:\(frameClass)-turn \(seconds)s step-end infinite}"
        css += ".\(frameClass)-\(frames - 1){visibility:visible}"
        for k in 0..<frames {
            // A negative delay starts every frame mid-pass at once: frame k is at the start of its turn at k·T.
            let delay = Double(k) * duration / Double(frames) - duration
            css += ".\(frameClass)-\(k){animation-delay:\(SVGNumber.format(delay, digits: 3))s}"
        }
        css += "@keyframes \(frameClass)-turn{0%{visibility:visible}\(share)%{visibility:hidden}100%{visibility:hidden}}"
        css += "@media (prefers-reduced-motion:reduce){.\(frameClass){animation:none}}"
        css += "@media print{.\(frameClass){animation:none}}"
        return css
    }
}
