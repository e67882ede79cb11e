import Foundation
import HeadlessBrowser
import Testing

/// A proof's ∎ ends the proof: Chromium lays out the report and the mark's box must lie inside
/// the proof's box, on the proof's last line, never beside the block that follows.
@Suite(.serialized, .enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: proof layout test skipped (CI installs it)"))
struct ProofEndLayoutTests {
    struct Boxes: Decodable {
        /// For each proof: the ∎'s top and bottom, the proof's top and bottom, the next block's top.
        var proofs: [[Double]]
    }

    @Test(arguments: [
        // Ends with a display formula, then a theorem follows.
        "::: {.proof}\nBy the identity\n$$ a = b $$\n:::\n\n::: {#cor-a}\nA corollary.\n:::\n",
        // Ends with a list, then a paragraph follows.
        "::: {.proof}\nTwo cases:\n\n- one\n- two\n:::\n\nAfter the proof.\n",
        // Ends with a paragraph (the ∎ closes that paragraph).
        "::: {.proof}\nBy computation.\n:::\n\nAfter the proof.\n",
    ])
    func theMarkSitsOnTheProofsLastLine(markdown: String) throws {
        let report = try render(markdown)
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let script = """
            <script>
            const boxes = [...document.querySelectorAll('.proof')].map(proof => {
              const mark = [...proof.querySelectorAll('span')].find(s => s.textContent === '∎').getBoundingClientRect();
              const box = proof.getBoundingClientRect();
              const next = proof.nextElementSibling.getBoundingClientRect();
              return [mark.top, mark.bottom, box.top, box.bottom, next.top];
            });
            const out = document.createElement('pre'); out.id = 'proof-boxes';
            out.textContent = JSON.stringify({proofs: boxes}); document.body.appendChild(out);
            </script>
            """
        let measured = try browser.measure(html: report.html, script: script, resultID: "proof-boxes", as: Boxes.self)
        #expect(measured.proofs.count == 1)
        for box in measured.proofs {
            let (markTop, markBottom, proofTop, proofBottom, nextTop) = (box[0], box[1], box[2], box[3], box[4])
            #expect(markBottom > markTop, "the ∎ has no box")
            #expect(markTop >= proofTop && markBottom <= proofBottom + 0.5, "∎ \(markTop)…\(markBottom) outside the proof \(proofTop)…\(proofBottom)")
            #expect(markBottom <= nextTop + 0.5, "∎ ends at \(markBottom), below the next block's top \(nextTop)")
        }
    }
}
