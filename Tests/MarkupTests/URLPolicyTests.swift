import Testing
@testable import Markup

/// The URLs of issue 10's script-injection report, and what a browser does with them.
@Suite("Only http, https, mailto, relative and fragment URLs reach a report")
struct URLPolicyTests {
    @Test("Schemes hidden by references, controls, tabs and newlines are found", arguments: [
        "javascript:alert(1)",
        "\u{1}javascript:alert(1)",          // [click](&#1;javascript:alert(1)) after cmark decodes it
        "&#1;javascript:alert(1)",           // the same, not yet decoded
        "java&#9;script:alert(1)",
        "java&#10;script:alert(1)",
        "java&#13;script:alert(1)",
        "&#12;javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        " \u{0}JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "java&Tab;script:alert(1)",
    ])
    func javascriptIsRefused(url: String) {
        #expect(URLPolicy.check(url) == .refused(scheme: "javascript"))
    }

    @Test("Other schemes are refused by name", arguments: [
        ("vbscript:msgbox(1)", "vbscript"), ("data:text/html,<script>", "data"), ("file:///etc/passwd", "file"),
        ("ftp://example.org", "ftp"), ("data:image/png;base64,AAAA", "data"),
    ])
    func otherSchemes(url: String, scheme: String) {
        #expect(URLPolicy.check(url) == .refused(scheme: scheme))
    }

    @Test("Allowed URLs pass as the browser will read them", arguments: [
        ("https://arxiv.org/abs/1810.02281", "https://arxiv.org/abs/1810.02281"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("mailto:lecturer@example.org", "mailto:lecturer@example.org"),
        ("#sec-flow", "#sec-flow"),
        ("figures/flow.svg", "figures/flow.svg"),
        ("../session2.html#thm-1", "../session2.html#thm-1"),
        ("?q=a:b", "?q=a:b"),
        ("a/b:c", "a/b:c"),
        ("  https://example.org\n", "https://example.org"),
        ("https://example.org/?a=1&amp;b=2", "https://example.org/?a=1&b=2"),
    ])
    func allowed(url: String, seen: String) {
        #expect(URLPolicy.check(url) == .allowed(seen))
    }

    @Test("A long run of digits in a reference is bounded work and decodes to U+FFFD")
    func longReference() {
        let url = "&#" + String(repeating: "9", count: 100_000) + ";javascript:x"
        #expect(URLPolicy.check(url) != .allowed("javascript:x"))
    }
}

@Suite("Escaping for markup")
struct EscapingTests {
    @Test("Text escapes markup characters and drops characters HTML forbids")
    func text() {
        #expect(Escaping.text("a < b & c > d") == "a &lt; b &amp; c &gt; d")
        #expect(Escaping.text("x\u{0}y\u{1}z\u{C}w\u{7F}v\u{FFFE}") == "xyzwv")
        #expect(Escaping.text("tab\tline\n") == "tab\tline\n")
    }

    @Test("What markup may carry agrees with the Unicode properties, for every scalar")
    func allowedAgreesWithUnicode() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = !((value < 0x20 && ![0x09, 0x0A, 0x0D].contains(value)) || (0x7F...0x9F).contains(value)
                             || scalar.properties.isNoncharacterCodePoint)
            if Escaping.isAllowedInMarkup(scalar) != expected { Issue.record("U+\(String(value, radix: 16))") }
        }
    }

    @Test("Attributes also escape quotes and line ends")
    func attribute() {
        #expect(Escaping.attribute("say \"hi\" it's\n") == "say &quot;hi&quot; it&#39;s&#10;")
        #expect(Escaping.attribute("\" onload=\"alert(1)") == "&quot; onload=&quot;alert(1)")
    }
}
