import CYaml

/// Bounds on the YAML a notebook may hold (front matter, `//|` option lines),
/// so that no YAML makes reading a notebook slow or deep (docs/ARCHITECTURE.md,
/// "Untrusted notebooks").
///
/// Yams builds its node tree recursively and hashes mapping keys as it goes;
/// an alias bomb ("billion laughs": each anchor a list of aliases to the one
/// before) expands exponentially the moment anything walks it, and thousands
/// of nested `[` overflow the stack. So before Yams sees the text, libyaml's
/// event stream (a flat loop, no recursion) is read once and the nodes
/// counted as if every alias were expanded: more than ``maximumNodes`` or a
/// nesting deeper than ``maximumDepth`` is refused at the event where it happens.
enum YAMLLimits {
    /// Bytes of YAML in one front matter or one cell's option lines.
    static let maximumBytes = 1 << 20
    /// Nested sequences and mappings.
    static let maximumDepth = 64
    /// Nodes of the document with every alias expanded.
    static let maximumNodes = 100_000

    enum Limit { case nesting, expansion }

    struct Violation: Equatable {
        var limit: Limit
        /// 1-based line and column in the YAML text.
        var line: Int
        var column: Int
    }

    /// The first limit `yaml` breaks, or nil. A syntax error ends the check
    /// early (nil): Yams reports it next, in the same words as always.
    static func check(_ yaml: String) -> Violation? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Violation? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var counter = NodeCounter()
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                let at = { (limit: Limit) in Violation(limit: limit, line: Int(mark.line) + 1, column: Int(mark.column) + 1) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    if !counter.leaf(size: 1, anchor: string(event.data.scalar.anchor)) { return at(.expansion) }
                case YAML_ALIAS_EVENT:
                    let size = string(event.data.alias.anchor).flatMap { counter.anchors[$0] } ?? 1
                    if !counter.leaf(size: size, anchor: nil) { return at(.expansion) }
                case YAML_SEQUENCE_START_EVENT:
                    if !counter.open(anchor: string(event.data.sequence_start.anchor)) { return at(.nesting) }
                case YAML_MAPPING_START_EVENT:
                    if !counter.open(anchor: string(event.data.mapping_start.anchor)) { return at(.nesting) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if !counter.close() { return at(.expansion) }
                default:
                    break
                }
            }
            // libyaml's own nesting limit (1000) can trip before the events reach ours.
            if let problem = parser.problem.map({ String(cString: $0) }), problem.contains("nesting level") {
                return Violation(limit: .nesting, line: Int(parser.problem_mark.line) + 1,
                                 column: Int(parser.problem_mark.column) + 1)
            }
            return nil
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Expanded node counts: of each open collection, and of each anchor once its node is complete.
    private struct NodeCounter {
        var open: [(anchor: String?, size: Int)] = []
        var anchors: [String: Int] = [:]
        var total = 0

        /// Adds a complete node of `size` expanded nodes; false past the budget.
        mutating func leaf(size: Int, anchor: String?) -> Bool {
            if let anchor { anchors[anchor] = size }
            total = min(total + size, maximumNodes + 1)
            if !open.isEmpty { open[open.count - 1].size = min(open[open.count - 1].size + size, maximumNodes + 1) }
            return total <= maximumNodes
        }

        mutating func open(anchor: String?) -> Bool {
            open.append((anchor, 1))
            return open.count <= maximumDepth
        }

        mutating func close() -> Bool {
            guard let finished = open.popLast() else { return true }
            // The collection itself was counted when it opened; its contents as they came.
            if let anchor = finished.anchor { anchors[anchor] = finished.size }
            if !open.isEmpty { open[open.count - 1].size = min(open[open.count - 1].size + finished.size, maximumNodes + 1) }
            total = min(total + 1, maximumNodes + 1)
            return total <= maximumNodes
        }
    }
}
