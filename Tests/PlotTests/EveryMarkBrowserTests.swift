import Foundation
import HeadlessBrowser
import Linalg
import Plot
import Testing

/// One figure with every mark, rendered by Chromium: each mark's group covers
/// the pixels its data should (the map from data to pixels read off the
/// figure's own tick marks and labels, as a reader would), area marks and dots
/// are what the browser hits at their data points, and the screenshot is not
/// blank. Skipped, with a message, when `chromium` is not on PATH.
@Suite struct EveryMarkBrowserTests {
    /// Marks in separate regions of [0, 10]², so that each can be probed alone.
    static func figure() -> Figure {
        var fig = Figure(title: "Every mark", xlabel: "$x$", ylabel: "$y$", legend: .outside, width: 640, height: 520)
        fig.contour(x: 0...4, y: 6...10, levels: [0, 2, 4, 8, 16], filled: true, resolution: 30) { x, y in
            (x - 2) * (x - 2) + (y - 8) * (y - 8)
        }
        fig.contour(x: 0...4, y: 6...10, levels: [1, 3], resolution: 60, label: "circles", color: "black") { x, y in
            (x - 2) * (x - 2) + (y - 8) * (y - 8)
        }
        fig.streamlines(x: 5...10, y: 6...10, label: "rotation") { x, y in (-(y - 8), x - 7.5) }
        fig.vectorField(x: 0...4, y: 3...5.5, count: 5, label: "field") { x, y in (1, 0.5 * (x - 2)) }
        fig.band(x: [5, 7, 10], lower: [3, 3.5, 3], upper: [4.5, 5.5, 4], label: "band")
        fig.line(x: [5, 7, 10], [3.75, 4.5, 3.5], label: "line")
        fig.bar([1, 2, 1.5, 2.5], label: "bars")
        fig.stem(x: [5.5, 6.5], [2, 1.2], label: "stems")
        fig.errorbar(x: [8, 9], y: [1.5, 1], error: [0.5, 0.4], label: "error bars")
        fig.scatter(x: [9.5], y: [2.2], label: "dot")
        fig.hline(0.2, label: "reference")
        fig.text("annotation", at: (4.6, 5.9))
        fig.arrow(from: (4.6, 5.4), to: (3.2, 4.6))
        return fig
    }

    /// What the browser reports: each mark group's box, and the group hit at each probe.
    struct Report: Decodable {
        var boxes: [String: [Double]]
        var hits: [String]
    }

    static func script(probes: [(Double, Double)]) -> String {
        let points = probes.map { "[\($0.0), \($0.1)]" }.joined(separator: ",")
        return """
            <script>
            const svg = document.querySelector('svg');
            const origin = svg.getBoundingClientRect();
            const boxes = {};
            for (const g of svg.querySelectorAll('g[aria-label]')) {
              const r = g.getBoundingClientRect();
              const name = g.getAttribute('aria-label');
              const box = [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top];
              if (boxes[name]) {
                const b = boxes[name];
                boxes[name] = [Math.min(b[0], box[0]), Math.min(b[1], box[1]), Math.max(b[2], box[2]), Math.max(b[3], box[3])];
              } else boxes[name] = box;
            }
            // The headless window may be shorter than the figure: scroll each point into view first.
            const hits = [\(points)].map(([x, y]) => {
              window.scrollTo(0, Math.max(0, y - 100));
              const o = svg.getBoundingClientRect();
              const el = document.elementFromPoint(o.left + x, o.top + y);
              const g = el && el.closest('g[aria-label]');
              return g ? g.getAttribute('aria-label') : (el ? el.tagName : 'nothing');
            });
            const pre = document.createElement('pre');
            pre.id = 'report';
            pre.textContent = JSON.stringify({boxes, hits});
            document.body.appendChild(pre);
            </script>
            """
    }

    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: browser rendering not checked"))
    func everyMarkLandsWhereItsDataIs() throws {
        let svg = Self.figure().svg(idPrefix: "every-")
        let (x, y) = try DataLandingTests.axes(svg)
        func px(_ p: (Double, Double)) -> (Double, Double) { (x.pixel(p.0), y.pixel(p.1)) }
        // Data points and the mark the browser must find there (dots and areas: wide enough to hit).
        let probes: [((Double, Double), String)] = [
            ((0.3, 9.7), "contour"),       // a corner of the filled contour, far from the circles
            ((1, 0.9), "bar"),             // inside the second bar
            ((6, 3.4), "band"),            // inside the band, below the line
            ((9.5, 2.2), "scatter"),       // the dot
            ((5.5, 2), "stem"),            // the stem's end dot
            ((8, 1.5), "errorbar"),        // the error bar's dot
        ]
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
            + "<div style=\"height:1200px\">" + svg + "</div></body></html>"
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let report = try browser.measure(html: page, script: Self.script(probes: probes.map { px($0.0) }),
                                         resultID: "report", as: Report.self)
        #expect(report.hits == probes.map(\.1), "what the browser hits at each data point")

        // Each mark's group covers the pixels of its data's extent (to 4 px: arrowheads, dots, caps and strokes stick out).
        let extents: [String: ((Double, Double), (Double, Double))] = [
            "contour": ((0, 6), (4, 10)), "streamlines": ((5, 6), (10, 10)), "band": ((5, 3), (10, 5.5)),
            "bar": ((-0.4, 0), (3.4, 2.5)), "errorbar": ((8, 0.6), (9, 2)), "arrow": ((3.2, 4.6), (4.6, 5.4)),
        ]
        for (name, (low, high)) in extents {
            let box = try #require(report.boxes[name], "\(name) has a group")
            let (left, bottom) = px(low), (right, top) = px(high)
            #expect(box[0] >= left - 4 && box[2] <= right + 4 && box[1] >= top - 4 && box[3] <= bottom + 4,
                    "\(name): drawn in \(box), data at [\(left), \(top), \(right), \(bottom)]")
            #expect(box[2] - box[0] >= 0.5 * (right - left) || name == "errorbar", "\(name) spans its extent")
        }
        // The vector field's arrows are centred in 5 × 5 cells tiling its domain: inside it.
        let field = try #require(report.boxes["vectorField"])
        #expect(field[0] >= x.pixel(0) - 1 && field[2] <= x.pixel(4) + 1 && field[1] >= y.pixel(5.5) - 1 && field[3] <= y.pixel(3) + 1)

        let shot = try browser.screenshotBytes(of: page, named: "every-mark", width: 660, height: 540)
        #expect(shot.page > 4 * shot.blank, "the screenshot shows the figure")
        if let dump = ProcessInfo.processInfo.environment["PLOT_DUMP_DIR"] {
            try? FileManager.default.removeItem(atPath: dump + "/every-mark.png")
            try FileManager.default.copyItem(atPath: shot.png.path, toPath: dump + "/every-mark.png")
        }
    }
}

/// An animation in Chromium: while it runs exactly one frame is visible;
/// where `prefers-reduced-motion: reduce` applies, only the last one is.
@Suite struct AnimationBrowserTests {
    struct Visibility: Decodable {
        var running: [String]
        var reduced: [String]
    }

    static let script = """
        <script>
        const frames = () => [...document.querySelectorAll('svg g[class]')]
          .filter(g => /frame-\\d+$/.test(g.getAttribute('class')));
        const running = frames().map(g => getComputedStyle(g).visibility);
        // Apply the reduced-motion rules as if the reader had asked for reduced motion.
        const reduced = document.createElement('style');
        for (const sheet of document.styleSheets)
          for (const rule of sheet.cssRules)
            if (rule.media && rule.conditionText.includes('prefers-reduced-motion'))
              for (const inner of rule.cssRules) reduced.textContent += inner.cssText;
        document.body.appendChild(reduced);   // after the figure's own style, as the media rule is
        const after = frames().map(g => getComputedStyle(g).visibility);
        const pre = document.createElement('pre');
        pre.id = 'visibility';
        pre.textContent = JSON.stringify({running, reduced: after});
        document.body.appendChild(pre);
        </script>
        """

    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: browser rendering not checked"))
    func oneFrameAtATimeAndTheLastWithReducedMotion() throws {
        var a = Animation(title: "Dots", duration: 600)
        for k in 0..<5 {
            var frame = Figure(width: 240, height: 180)
            frame.line(x: [0, 4], [0, 4], color: "gray")
            frame.scatter(x: [Double(k)], y: [Double(k)])
            a.append(frame)
        }
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            + Figure(a).svg(idPrefix: "m-") + "</body></html>"
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let seen = try browser.measure(html: page, script: Self.script, resultID: "visibility", as: Visibility.self)
        #expect(seen.running.count == 5)
        #expect(seen.running.filter { $0 == "visible" }.count == 1, "one frame at a time: \(seen.running)")
        #expect(seen.reduced == ["hidden", "hidden", "hidden", "hidden", "visible"])
    }
}
