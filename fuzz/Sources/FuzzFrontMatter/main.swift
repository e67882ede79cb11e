import Notebook

// The input is a front matter block (YAML between `---` lines), followed by one cell whose
// `//|` options are the input again: both go through the YAML reader and its limits. Reading
// must return (no trap, no hang: aliases and nesting are bounded), and every problem must sit at
// a line of the notebook.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let options = yaml.split(separator: "\n", omittingEmptySubsequences: false).prefix(50).map { "//| " + $0 }
    let source = "---\n" + yaml + "\n---\n\n```swift\n" + options.joined(separator: "\n") + "\nprint(1)\n```\n"
    let notebook = Notebook.read(source: source, path: "fuzz.md")
    let lines = lineCount(source)
    for problem in notebook.errors { precondition((1...lines).contains(problem.line)) }
    for problem in notebook.warnings { precondition((1...lines).contains(problem.line)) }
    return 0
}

/// Lines as nb counts them: `\r\n`, `\r` and `\n` each end one.
func lineCount(_ text: String) -> Int {
    var count = 1
    var previous: UInt8 = 0
    for byte in text.utf8 {
        if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")) { count += 1 }
        previous = byte
    }
    return count
}
