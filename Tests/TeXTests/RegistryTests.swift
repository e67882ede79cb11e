import Testing
@testable import TeX

/// The tables themselves: every declared command and environment converts cleanly
/// with ordinary arguments, and no name is declared twice.
@Suite struct RegistryTests {
    @Test func everySymbolConvertsWithoutErrors() {
        for name in Symbols.commands.keys.sorted() {
            let result = convert("a \\\(name) b")
            #expect(result.errors.isEmpty, "\\\(name)")
            #expect(!result.mathML.contains("<merror"), "\\\(name)")
        }
    }

    @Test func everyRegistryCommandConvertsWithTypicalArguments() {
        // Arguments that fit every argument kind: `{1em}` is a length, a name and math.
        let typical: [ArgumentKind: String] = [
            .math: "{x}", .optionalMath: "[n]", .text: "{t}", .name: "{red}", .length: "{1em}",
            .delimiter: "(", .restOfGroup: " y",
        ]
        for (name, spec) in CommandRegistry.commands.sorted(by: { $0.key < $1.key }) {
            let tex = "\\" + name + spec.arguments.map { typical[$0] ?? "" }.joined()
            let result = convert(tex, display: true)
            #expect(result.errors.isEmpty, "\(tex)")
            #expect(result.mathML.hasSuffix("</math>"))
        }
    }

    @Test func commandsAndSymbolsDoNotShadowEachOther() {
        let both = Set(Symbols.commands.keys).intersection(CommandRegistry.commands.keys)
        #expect(both.isEmpty, "\(both.sorted())")
    }

    @Test func everyEnvironmentConverts() {
        for name in Environments.specs.keys.sorted() {
            let spec = Environments.specs[name]
            let argument = spec?.takesColumnCount == true ? "{2}" : ""
            let columns = name.hasSuffix("array") ? "{cc}" : ""
            let tex = "\\begin{\(name)}\(argument)\(columns) a & b \\\\ c & d \\end{\(name)}"
            let result = convert(tex, display: true)
            #expect(result.errors.isEmpty, "\(tex)")
            #expect(result.mathML.contains("<mtable"), "\(tex)")
        }
    }

    @Test func namedCommandCountIsRealistic() {
        // A guard against a family table silently dropping out of the registry.
        #expect(Symbols.commands.count > 250)
        #expect(CommandRegistry.commands.count > 100)
    }
}
