import Testing
@testable import HeadlessBrowser

@Suite struct HeadlessChromiumTests {
    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: browser tests skipped"))
    func measuresWhatTheBrowserLaidOut() throws {
        let browser = try #require(HeadlessChromium())
        let html = "<!DOCTYPE html><html><body><div id=\"box\" style=\"width:120px;height:30px\"></div></body></html>"
        let script = """
            <script>
            const r = document.getElementById("box").getBoundingClientRect();
            const pre = document.createElement("pre"); pre.id = "result";
            pre.textContent = JSON.stringify([r.width, r.height, "a<b & c"]);
            document.body.appendChild(pre);
            </script>
            """
        struct Box: Decodable, Equatable {
            var width: Double, height: Double, text: String
            init(from decoder: Decoder) throws {
                var values = try decoder.unkeyedContainer()
                width = try values.decode(Double.self)
                height = try values.decode(Double.self)
                text = try values.decode(String.self)
            }
        }
        let box = try browser.measure(html: html, script: script, resultID: "result", as: Box.self)
        #expect(box.width == 120 && box.height == 30)
        #expect(box.text == "a<b & c")
    }

    @Test func unescapesWhatTheDOMDumpEscaped() {
        #expect(HeadlessChromium.unescape("&lt;a&gt; &amp;lt; &quot;") == "<a> &lt; \"")
    }
}
