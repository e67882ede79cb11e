import Cells

extension Messages {
    /// The message for an error in a cell, in the Swift compiler's words where
    /// the compiler has words for it.
    public static func text(for kind: CellErrorKind) -> String {
        switch kind {
        case .syntax(let message): message
        }
    }
}
