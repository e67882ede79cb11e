import Foundation
import HeadlessBrowser
import Linalg
import Plot
import Testing

/// Renders figures in headless Chromium and checks, with the browser's own
/// layout, what a reader would see: every plot area has something drawn in
/// it, nothing is drawn outside the SVG's viewBox, and no two pieces of
/// text (tick labels, axis labels, titles, legend entries, typeset math)
/// overlap. Skipped, with a message, when `chromium` is not on PATH.
@Suite struct ChromiumRenderTests {
    /// The figures checked: the golden samples plus ones that stress layout.
    static func figures() -> [(name: String, figure: Figure)] {
        var grid = Figure(rows: 2, cols: 2, title: "Training $\\ell(W)$")
        grid[0, 0].line((0..<2000).map { exp(-Double($0) / 300) }, label: "train")
        grid[0, 0].yscale = .log
        grid[0, 0].ylabel = "loss"
        grid[0, 1].scatter(x: (0..<50).map { Double($0) * 1e6 }, y: (0..<50).map { sin(Double($0)) * 1e-7 })
        grid[0, 1].xlabel = "parameters"
        grid[1, 0].histogram((0..<500).map { sin(Double($0) * 1.7) * 3 }, bins: 25, label: "$w_{ij}$")
        grid[1, 1].heatmap(Matrix((0..<12).map { i in (0..<30).map { j in Double(i * j) - 100 } }))
        var wide = Figure(xlabel: "$\\|W_2 W_1 - I\\|_F$", ylabel: "ratio $\\frac{a}{b}$", xscale: .log, yscale: .log)
        wide.line(x: (1...200).map { pow(10, Double($0) / 12.5 - 8) }, (1...200).map { pow(10, 16 - Double($0) / 6.25) },
                  label: "from $10^{-8}$ to $10^{8}$")
        wide.vline(1, label: "x = 1")
        // Long labels on a tiny figure: ticks must thin out rather than collide.
        var tiny = Figure(title: "tiny", xlabel: "x", ylabel: "y", width: 150, height: 110)
        tiny.line(x: [1, 1 + 3e-9], [-1.000001, -1.000004])
        return SampleFigures.all + [("grid", grid), ("wide-log", wide), ("tiny", tiny)]
    }

    /// Measures every figure in the page and writes a JSON report into the DOM.
    static let measuringScript = #"""
    <script>
    const report = [];
    const inside = (r, box) => r.left >= box.left - 0.75 && r.top >= box.top - 0.75 &&
                               r.right <= box.right + 0.75 && r.bottom <= box.bottom + 0.75;
    const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
                              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    for (const svg of document.querySelectorAll('body > div > svg')) {
      const box = svg.getBoundingClientRect();
      const result = {name: svg.parentElement.id, outside: [], overlaps: [], emptyPlots: 0, plots: 0};
      for (const el of svg.querySelectorAll('text, path, rect, circle, image, foreignObject span')) {
        if (el.closest('defs') || el.closest('g[clip-path]')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;   // the <switch> branch not rendered
        if (!inside(r, box)) result.outside.push(el.tagName + ' ' + (el.textContent || '').slice(0, 30));
      }
      const texts = [];
      for (const el of svg.querySelectorAll('text, foreignObject span')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) texts.push({r, t: el.textContent});
      }
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++)
          if (overlap(texts[i].r, texts[j].r)) result.overlaps.push(texts[i].t + ' | ' + texts[j].t);
      for (const group of svg.querySelectorAll('g[clip-path]')) {
        result.plots++;
        const id = group.getAttribute('clip-path').slice(5, -1);
        const c = document.getElementById(id).firstElementChild;
        const clip = {left: box.left + +c.getAttribute('x'), top: box.top + +c.getAttribute('y')};
        clip.right = clip.left + +c.getAttribute('width');
        clip.bottom = clip.top + +c.getAttribute('height');
        // Something with extent that reaches into the plot area (a flat line has zero height).
        const drawn = [...group.children].some(el => {
          const r = el.getBoundingClientRect();
          const grown = {left: r.left - 1, top: r.top - 1, right: r.right + 1, bottom: r.bottom + 1};
          return r.width + r.height > 0 && overlap(grown, clip);
        });
        if (!drawn) result.emptyPlots++;
      }
      report.push(result);
    }
    const pre = document.createElement('pre');
    pre.id = 'report';
    pre.textContent = JSON.stringify(report);
    document.body.appendChild(pre);
    </script>
    """#

    /// A deliberately broken SVG: one label outside the viewBox, two
    /// overlapping labels, an empty plot area. The checks must flag each.
    static let negativeControl = """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">\
        <defs><clipPath id="ctl-clip"><rect x="10" y="10" width="100" height="60"/></clipPath></defs>\
        <g clip-path="url(#ctl-clip)"></g><text x="-30" y="90">outside</text>\
        <text x="120" y="40">first</text><text x="130" y="42">second</text></svg>
        """

    struct Measurement: Decodable {
        var name: String
        var outside: [String]
        var overlaps: [String]
        var emptyPlots: Int
        var plots: Int
    }

    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: browser rendering not checked"))
    func figuresRenderInsideTheirViewBoxWithoutOverlappingText() throws {
        let figures = Self.figures()
        var page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n"
        for (index, item) in figures.enumerated() {
            page += "<div id=\"\(item.name)\">" + item.figure.svg(idPrefix: "f\(index)-") + "</div>\n"
        }
        page += "<div id=\"control\">\(Self.negativeControl)</div>\n"
        if let dump = ProcessInfo.processInfo.environment["PLOT_DUMP_DIR"] {
            try (page + "</body></html>").write(toFile: dump + "/figures.html", atomically: true, encoding: .utf8)
        }
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let measurements = try browser.measure(html: page + "</body></html>", script: Self.measuringScript,
                                               resultID: "report", as: [Measurement].self)
        #expect(measurements.map(\.name) == figures.map(\.name) + ["control"])
        let control = try #require(measurements.last)
        #expect(control.outside.count == 1 && control.overlaps.count == 1 && control.emptyPlots == 1,
                "the checks must catch a deliberately broken SVG: \(control)")
        for m in measurements.dropLast() {
            #expect(m.outside.isEmpty, "\(m.name): drawn outside the viewBox: \(m.outside)")
            #expect(m.overlaps.isEmpty, "\(m.name): overlapping text: \(m.overlaps)")
            #expect(m.plots >= 1)
            let expectedEmpty = m.name == "empty" ? 1 : 0
            #expect(m.emptyPlots == expectedEmpty, "\(m.name): \(m.emptyPlots) of \(m.plots) plot areas empty")
        }
    }
}
