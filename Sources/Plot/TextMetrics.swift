/// Text width estimates for layout, from the advance widths of Helvetica
/// (Adobe's AFM, in 1/1000 em). Arial and Liberation Sans share these metrics
/// exactly, which is why the figure's font stack is ``fontFamily``: whichever
/// of the three the viewer has, labels measure what this table says.
///
/// Characters outside the table (Greek, symbols, CJK) are estimated: 0.6 em
/// for most scripts, 1 em for wide East Asian characters. Margins are computed
/// from these widths, so an unusual font can only make labels narrower or a
/// little wider than planned; layout keeps a few pixels of slack for that.
enum TextMetrics {
    static let fontFamily = "Helvetica, Arial, 'Liberation Sans', sans-serif"

    /// Advance widths of ASCII 32…126.
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ␠ to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,      // p to ~
    ]

    /// Widths of the non-ASCII characters figures commonly use.
    private static let extra: [Unicode.Scalar: Int] = [
        "\u{2212}": 584, "×": 584, "·": 278, "±": 584, "°": 400, "µ": 556, "–": 556, "—": 1000,
        "…": 1000, "‖": 520, "≈": 584, "≤": 584, "≥": 584, "≠": 584, "∞": 713, "→": 1000,
        "√": 549, "∑": 713, "∂": 494, "∇": 713, "⊤": 660,
        "⁰": 334, "¹": 334, "²": 334, "³": 334, "⁴": 334, "⁵": 334, "⁶": 334, "⁷": 334, "⁸": 334,
        "⁹": 334, "⁻": 334, "₀": 334, "₁": 334, "₂": 334, "₃": 334, "₄": 334, "₅": 334, "₆": 334,
        "₇": 334, "₈": 334, "₉": 334,
    ]

    /// Width in pixels of `text` set at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double) -> Double {
        var units = 0
        for scalar in text.unicodeScalars {
            let v = Int(scalar.value)
            if (32...126).contains(v) {
                units += ascii[v - 32]
            } else if let w = extra[scalar] {
                units += w
            } else if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
                        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
                        || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v) {
                units += 1000
            } else if (0x300...0x36F).contains(v) || v == 0x200B || v == 0xFE0F {
                continue // combining marks and zero-width characters
            } else {
                units += 600
            }
        }
        return Double(units) * fontSize / 1000
    }
}

/// A short run of text with optional superscripts, as tick labels need
/// (`5×10⁻³`): superscripts are drawn as a raised, smaller `<tspan>`, which
/// every SVG viewer understands and which looks like typeset math.
struct StyledText: Equatable {
    struct Run: Equatable {
        var text: String
        var superscript: Bool
    }
    var runs: [Run]

    init(_ plain: String) { runs = [Run(text: plain, superscript: false)] }
    init(runs: [Run]) { self.runs = runs }

    static let superscriptScale = 0.7

    var plain: String {
        runs.map { $0.superscript ? "^" + $0.text : $0.text }.joined()
    }

    func width(fontSize: Double) -> Double {
        runs.reduce(0) { sum, run in
            sum + TextMetrics.width(run.text, fontSize: run.superscript ? fontSize * Self.superscriptScale : fontSize)
        }
    }

    var hasSuperscript: Bool { runs.contains { $0.superscript } }

    /// Appends the runs as the content of an open `<text>` element.
    func write(to svg: inout SVGWriter, fontSize: Double) {
        var raised = false
        for run in runs {
            if run.superscript == raised {
                svg.text(run.text)
                continue
            }
            let shift = fontSize * 0.42
            svg.element("tspan", [
                ("dy", .number(run.superscript ? -shift : shift)),
                ("font-size", .number(run.superscript ? fontSize * Self.superscriptScale : fontSize)),
            ], text: run.text)
            raised = run.superscript
        }
    }
}
