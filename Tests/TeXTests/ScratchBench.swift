import Testing
import Foundation
@testable import TeX

@Test func benchScratch() throws {
    let formulas = SeedFormulas.extract(from: try SeedFormulas.lecture())
    var best = Double.infinity
    for _ in 0..<5 {
        var c = MathConverter(macros: ["grad": "\\operatorname{grad}"])
        let start = Date()
        var bytes = 0
        for _ in 0..<40 { for f in formulas { bytes += c.convert(f.tex, display: f.display).mathML.utf8.count } }
        let t = Date().timeIntervalSince(start)
        best = min(best, t)
        print("BENCH", formulas.count * 40, "formulas in", t, "s", bytes)
    }
    print("BENCH rate", Double(formulas.count * 40) / best, "formulas/s")
}
